/**
 * The benchmark: builds the app with the real 25 talks and with 2,000 synthetic ones, measures
 * load, star toggle and search in Chromium, clash detection and export in Node, and Lighthouse
 * (mobile) on the real app; prints a table, writes bench/results.json and a Markdown table.
 * Usage: npm run bench
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { loadSchedule } from '../src/domain/load-schedule';
import type { Schedule } from '../src/domain/schedule-schema';
import {
  markdownTable,
  plainTable,
  type AppFigures,
  type BenchResults,
  type Measured,
  type SizeFigures,
} from './lib/bench-results';
import { buildApp, fromRepoRoot } from './lib/build-apps';
import { launchChromium } from '../scripts/chromium';
import { measureClashes, measureExport, measureImport } from './lib/measure-domain';
import { parseXmlWithXmldom } from '../src/domain/import/parse-xml-with-xmldom';
import { measureLoad, measureSearch, measureStarToggle } from './lib/measure-page';
import { startPreview } from './lib/preview-server';
import { runLighthouseMedian } from './lib/run-lighthouse';
import { generateSyntheticSchedule } from './lib/synthetic-schedule';
import { measureSizes, SIZE_BUDGET_RATIO } from './check-size';
import { writeSyntheticSchedule } from './generate-synthetic-schedule';

const RESULTS_PATH = fromRepoRoot('bench/results.json');

/** A real schedule file kept with the tests, as bytes. */
const fixtureBytes = (path: string) =>
  new Uint8Array(readFileSync(fromRepoRoot(`tests/fixtures/schedules/${path}`)));
const REAL_DIST = 'dist-bench-25';
const SYNTHETIC_DIST = 'dist-bench-2000';
const SYNTHETIC_TALKS = 2000;
const SEED = 2023;
/** The clock the export is stamped with, fixed so every run builds the same file. */
const EXPORT_NOW = Date.parse('2023-11-01T12:00:00Z');

const startedAt = Date.now();
const log = (message: string) =>
  console.error(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Runs one measurement; a failure is recorded in plain words and the benchmark goes on. */
async function attempt<T>(label: string, measure: () => T | Promise<T>): Promise<Measured<T>> {
  log(label);
  try {
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  could not measure ${label}: ${message.split('\n')[0]}`);
    return { error: message };
  }
}

async function measureSizeFigures(): Promise<SizeFigures> {
  const { initial, startup } = await measureSizes(REAL_DIST);
  return {
    floorGzipBytes: initial.floor.totalGzipBytes,
    initialGzipBytes: initial.app.totalGzipBytes,
    initialRatio: initial.ratio,
    startupGzipBytes: startup.app.totalGzipBytes,
    startupRatio: startup.ratio,
    budgetRatio: SIZE_BUDGET_RATIO,
  };
}

async function measureApp(browser: Browser, outDir: string, talks: number): Promise<AppFigures> {
  const server = await startPreview(outDir);
  try {
    const label = `${talks} talks`;
    return {
      talks,
      load: await attempt(`load, ${label}`, () =>
        measureLoad(browser, server.url, fromRepoRoot(outDir)),
      ),
      star: await attempt(`star toggle, ${label}`, () => measureStarToggle(browser, server.url)),
      search: await attempt(`search, ${label}`, () => measureSearch(browser, server.url)),
    };
  } finally {
    await server.close();
  }
}

async function measureLighthouse() {
  const server = await startPreview(REAL_DIST);
  try {
    return await runLighthouseMedian(server.url);
  } finally {
    await server.close();
  }
}

async function main(): Promise<BenchResults> {
  const real: Schedule = loadSchedule(
    JSON.parse(readFileSync(fromRepoRoot('src/data/schedule.json'), 'utf8')),
  );
  log('synthetic schedule');
  const syntheticFile = writeSyntheticSchedule(SYNTHETIC_TALKS, SEED);
  const synthetic = generateSyntheticSchedule(real.conference, {
    talks: SYNTHETIC_TALKS,
    seed: SEED,
  });
  const huge = generateSyntheticSchedule(real.conference, { talks: 10_000, seed: SEED });

  const size = await attempt('floor and real app build, size', measureSizeFigures);
  log(`app build with ${SYNTHETIC_TALKS} talks`);
  await buildApp(SYNTHETIC_DIST, syntheticFile);

  const domain = {
    clashes2000: await attempt('clash detection, 2,000 picks', () => measureClashes(synthetic)),
    clashes10000: await attempt('clash detection, 10,000 picks', () => measureClashes(huge)),
    export2000: await attempt('export of 2,000 picks', () => measureExport(synthetic, EXPORT_NOW)),
    importFosdemXml: await attempt('import of fosdem-2026.xml', () =>
      measureImport(fixtureBytes('frab-xml/fosdem-2026.xml'), { parseXml: parseXmlWithXmldom }),
    ),
    importFosdemIcs: await attempt('import of fosdem-2026.ics', () =>
      measureImport(fixtureBytes('icalendar/fosdem-2026.ics'), { parseXml: parseXmlWithXmldom }),
    ),
  };

  const browser = await launchChromium();
  let realFigures: AppFigures;
  let syntheticFigures: AppFigures;
  let chromiumVersion: string;
  try {
    chromiumVersion = browser.version();
    realFigures = await measureApp(browser, REAL_DIST, real.talks.length);
    syntheticFigures = await measureApp(browser, SYNTHETIC_DIST, SYNTHETIC_TALKS);
  } finally {
    await browser.close();
  }
  const lighthouse = await attempt('Lighthouse (mobile, median of 3), real app', measureLighthouse);

  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
      cores: cpu.length,
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
    },
    size,
    real: realFigures,
    synthetic: syntheticFigures,
    domain,
    lighthouse,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await main();
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  log(`done; wrote bench/results.json`);
  console.log(`\n${plainTable(results)}\n\nFor the README:\n\n${markdownTable(results)}\n`);
}
