/**
 * The size budget: the app's initial JavaScript (entry chunk + modulepreloads, gzip -9) may be at
 * most 1.25 times that of the floor, the smallest app of the same stack, built in the same run.
 * Usage: npm run size
 */
import { fileURLToPath } from 'node:url';
import { buildApp, buildFloor } from './bench/build-apps';
import {
  formatKiB,
  measureInitialJavaScript,
  type InitialJavaScript,
} from './bench/initial-javascript';

/** How much bigger than the floor the app's initial JavaScript may be. */
export const SIZE_BUDGET_RATIO = 1.25;

export interface SizeReport {
  floor: InitialJavaScript;
  app: InitialJavaScript;
  ratio: number;
  withinBudget: boolean;
}

/** Builds the floor and the app (into `appOutDir`) and compares their initial JavaScript. */
export async function measureSizes(appOutDir = 'dist-size'): Promise<SizeReport> {
  const floor = measureInitialJavaScript(await buildFloor());
  const app = measureInitialJavaScript(await buildApp(appOutDir));
  const ratio = app.totalGzipBytes / floor.totalGzipBytes;
  return { floor, app, ratio, withinBudget: ratio <= SIZE_BUDGET_RATIO };
}

function printReport({ floor, app, ratio, withinBudget }: SizeReport): void {
  const lines = (label: string, js: InitialJavaScript) => [
    `${label.padEnd(6)} ${formatKiB(js.totalGzipBytes).padStart(10)}  (${js.totalGzipBytes} B gzip -9)`,
    ...js.scripts.map((s) => `         ${formatKiB(s.gzipBytes).padStart(10)}  ${s.file}`),
  ];
  console.log(['Initial JavaScript', ...lines('floor', floor), ...lines('app', app)].join('\n'));
  const budget = floor.totalGzipBytes * SIZE_BUDGET_RATIO;
  console.log(
    `ratio  ${ratio.toFixed(3)} x floor (budget ${SIZE_BUDGET_RATIO} x = ${formatKiB(budget)}): ${
      withinBudget ? 'within budget' : `OVER BUDGET by ${formatKiB(app.totalGzipBytes - budget)}`
    }`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await measureSizes();
  printReport(report);
  if (!report.withinBudget) process.exit(1);
}
