import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium';

export interface LighthouseFigures {
  version: string;
  formFactor: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  speedIndexMs: number;
  /** Audits that cost points outside performance, by category: what to fix next. */
  failingAudits: { category: string; id: string; title: string; elements: string[] }[];
}

interface LighthouseResult {
  lighthouseVersion: string;
  configSettings: { formFactor: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      numericValue?: number;
      details?: { items?: { node?: { selector?: string; snippet?: string } }[] };
    }
  >;
}

const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

const score = (result: LighthouseResult, category: string): number =>
  Math.round((result.categories[category]?.score ?? 0) * 100);

const numeric = (result: LighthouseResult, audit: string): number =>
  Math.round(result.audits[audit]?.numericValue ?? Number.NaN);

/** Runs the Lighthouse CLI with its default (mobile) settings against `url` in Debian's Chromium. */
async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as LighthouseResult;
  const failingAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    (result.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (result.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ({
        category,
        id: ref.id,
        title: result.audits[ref.id]?.title ?? ref.id,
        elements: (result.audits[ref.id]?.details?.items ?? [])
          .flatMap((item) => item.node?.snippet ?? [])
          .slice(0, 3),
      })),
  );
  return {
    version: result.lighthouseVersion,
    formFactor: result.configSettings.formFactor,
    performance: score(result, 'performance'),
    accessibility: score(result, 'accessibility'),
    bestPractices: score(result, 'best-practices'),
    seo: score(result, 'seo'),
    lcpMs: numeric(result, 'largest-contentful-paint'),
    fcpMs: numeric(result, 'first-contentful-paint'),
    totalBlockingTimeMs: numeric(result, 'total-blocking-time'),
    cumulativeLayoutShift: result.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    speedIndexMs: numeric(result, 'speed-index'),
    failingAudits,
  };
}

export interface LighthouseMedian extends LighthouseFigures {
  /** Every run's performance score and LCP, to show how much they varied. */
  runs: { performance: number; lcpMs: number }[];
}

/**
 * Runs Lighthouse `runs` times and reports the run with the median performance score, since one
 * run on a busy machine can be far off.
 */
export async function runLighthouseMedian(url: string, runs = 3): Promise<LighthouseMedian> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await runLighthouse(url));
  const sorted = [...results].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseFigures;
  return {
    ...middle,
    runs: results.map(({ performance, lcpMs }) => ({ performance, lcpMs })),
  };
}
