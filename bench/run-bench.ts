/**
 * The benchmark: builds the app with the real 25 talks, 2,000 synthetic ones and a congress-shaped
 * schedule (1,400 events, 90 rooms), measures load, star toggle and search in Chromium, opening a
 * big schedule file through the app, clash detection, export and import in Node, and Lighthouse
 * (mobile) on the real app; prints a table, writes bench/results.json and a Markdown table.
 * Usage: npm run bench [-- --only star,open,import]
 *   parts: size, load, star, search, open, domain, import, lighthouse (all when --only is not given)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
import { parseXmlWithSaxes } from '../src/domain/import/parse-xml-with-saxes';
import { parseXmlWithXmldom } from '../src/domain/import/parse-xml-with-xmldom';
import {
  measureLoad,
  measureOpenSchedule,
  measureSearch,
  measureStarToggle,
  type ScheduleFileToOpen,
} from './lib/measure-page';
import { importSchedule } from '../src/domain/import/import-schedule';
import { CCC_SHAPE, congressScheduleXml, generateCongressSchedule } from './lib/congress-schedule';
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
const CONGRESS_DIST = 'dist-bench-congress';
const CONGRESS_JSON = fromRepoRoot('dist-bench-data/congress.json');
const CONGRESS_XML = fromRepoRoot('dist-bench-data/congress.xml');
const FOSDEM_XML = fromRepoRoot('tests/fixtures/schedules/frab-xml/fosdem-2026.xml');

const PARTS = ['size', 'load', 'star', 'search', 'open', 'domain', 'import', 'lighthouse'] as const;
type Part = (typeof PARTS)[number];

/** The parts named by `--only a,b`, or every part. */
function chosenParts(argv: readonly string[]): Set<Part> {
  const at = argv.indexOf('--only');
  if (at === -1) return new Set(PARTS);
  const named = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = named.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length > 0 || named.length === 0) {
    throw new Error(`--only takes a comma-separated list of: ${PARTS.join(', ')}`);
  }
  return new Set(named as Part[]);
}

const NOT_RUN = { error: 'not run this time (--only)' };
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

async function measureApp(
  browser: Browser,
  outDir: string,
  talks: number,
  parts: Set<Part>,
  shape?: string,
): Promise<AppFigures> {
  const server = await startPreview(outDir);
  try {
    const label = `${talks} talks`;
    return {
      talks,
      shape,
      load: parts.has('load')
        ? await attempt(`load, ${label}`, () =>
            measureLoad(browser, server.url, fromRepoRoot(outDir)),
          )
        : NOT_RUN,
      star: parts.has('star')
        ? await attempt(`star toggle, ${label}`, () => measureStarToggle(browser, server.url))
        : NOT_RUN,
      search: parts.has('search')
        ? await attempt(`search, ${label}`, () => measureSearch(browser, server.url))
        : NOT_RUN,
    };
  } finally {
    await server.close();
  }
}

/** A schedule file and the titles of the talks the importer finds in it. */
function fileToOpen(path: string): ScheduleFileToOpen {
  const result = importSchedule(
    { text: new Uint8Array(readFileSync(path)) },
    { parseXml: parseXmlWithXmldom },
  );
  if (result.kind !== 'schedule') throw new Error(`${path} does not open: ${result.kind}`);
  return { path, titles: result.schedule.talks.map((talk) => talk.title) };
}

/** Opens the congress and FOSDEM files through "Open a schedule" in the real build. */
async function measureOpening(browser: Browser): Promise<BenchResults['open']> {
  const server = await startPreview(REAL_DIST);
  try {
    return {
      congressXml: await attempt('open the congress XML', () =>
        measureOpenSchedule(browser, server.url, fileToOpen(CONGRESS_XML)),
      ),
      fosdemXml: await attempt('open fosdem-2026.xml', () =>
        measureOpenSchedule(browser, server.url, fileToOpen(FOSDEM_XML)),
      ),
    };
  } finally {
    await server.close();
  }
}

/** Writes the congress as the app's data (for its build) and as frab XML (to be opened). */
function writeCongressFiles(): void {
  const congress = generateCongressSchedule(CCC_SHAPE);
  loadSchedule(congress); // refuse to build data the app would reject
  mkdirSync(dirname(CONGRESS_JSON), { recursive: true });
  writeFileSync(CONGRESS_JSON, `${JSON.stringify(congress)}\n`);
  writeFileSync(CONGRESS_XML, congressScheduleXml(congress));
}

async function measureLighthouse() {
  const server = await startPreview(REAL_DIST);
  try {
    return await runLighthouseMedian(server.url);
  } finally {
    await server.close();
  }
}

async function main(parts: Set<Part>): Promise<BenchResults> {
  const real: Schedule = loadSchedule(
    JSON.parse(readFileSync(fromRepoRoot('src/data/schedule.json'), 'utf8')),
  );
  log('synthetic schedules');
  const syntheticFile = writeSyntheticSchedule(SYNTHETIC_TALKS, SEED);
  writeCongressFiles();
  const synthetic = generateSyntheticSchedule(real.conference, {
    talks: SYNTHETIC_TALKS,
    seed: SEED,
  });
  const huge = generateSyntheticSchedule(real.conference, { talks: 10_000, seed: SEED });

  const inPage = ['load', 'star', 'search'].some((part) => parts.has(part as Part));
  const size = parts.has('size')
    ? await attempt('floor and real app build, size', measureSizeFigures)
    : NOT_RUN;
  if (!parts.has('size') && (inPage || parts.has('open') || parts.has('lighthouse'))) {
    log('app build with the real talks');
    await buildApp(REAL_DIST);
  }
  if (inPage) {
    log(`app build with ${SYNTHETIC_TALKS} talks`);
    await buildApp(SYNTHETIC_DIST, syntheticFile);
    log(`app build with the congress (${CCC_SHAPE.events} events, ${CCC_SHAPE.rooms} rooms)`);
    await buildApp(CONGRESS_DIST, CONGRESS_JSON);
  }

  const domain = {
    clashes2000: parts.has('domain')
      ? await attempt('clash detection, 2,000 picks', () => measureClashes(synthetic))
      : NOT_RUN,
    clashes10000: parts.has('domain')
      ? await attempt('clash detection, 10,000 picks', () => measureClashes(huge))
      : NOT_RUN,
    export2000: parts.has('domain')
      ? await attempt('export of 2,000 picks', () => measureExport(synthetic, EXPORT_NOW))
      : NOT_RUN,
    importFosdemXml: parts.has('import')
      ? await attempt('import of fosdem-2026.xml', () =>
          measureImport(fixtureBytes('frab-xml/fosdem-2026.xml'), {
            parseXml: parseXmlWithSaxes,
          }),
        )
      : NOT_RUN,
    importFosdemIcs: parts.has('import')
      ? await attempt('import of fosdem-2026.ics', () =>
          measureImport(fixtureBytes('icalendar/fosdem-2026.ics'), {
            parseXml: parseXmlWithSaxes,
          }),
        )
      : NOT_RUN,
  };

  const browser = await launchChromium();
  const notRun = (talks: number, shape?: string): AppFigures => ({
    talks,
    shape,
    load: NOT_RUN,
    star: NOT_RUN,
    search: NOT_RUN,
  });
  const congressShape = `congress, ${CCC_SHAPE.rooms} rooms`;
  let realFigures = notRun(real.talks.length);
  let syntheticFigures = notRun(SYNTHETIC_TALKS);
  let congressFigures = notRun(CCC_SHAPE.events, congressShape);
  let open: BenchResults['open'] = { congressXml: NOT_RUN, fosdemXml: NOT_RUN };
  let chromiumVersion: string;
  try {
    chromiumVersion = browser.version();
    if (inPage) {
      realFigures = await measureApp(browser, REAL_DIST, real.talks.length, parts);
      syntheticFigures = await measureApp(browser, SYNTHETIC_DIST, SYNTHETIC_TALKS, parts);
      congressFigures = await measureApp(
        browser,
        CONGRESS_DIST,
        CCC_SHAPE.events,
        parts,
        congressShape,
      );
    }
    if (parts.has('open')) open = await measureOpening(browser);
  } finally {
    await browser.close();
  }
  const lighthouse = parts.has('lighthouse')
    ? await attempt('Lighthouse (mobile, median of 3), real app', measureLighthouse)
    : NOT_RUN;

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
    congress: congressFigures,
    open,
    domain,
    lighthouse,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await main(chosenParts(process.argv.slice(2)));
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  log(`done; wrote bench/results.json`);
  console.log(`\n${plainTable(results)}\n\nFor the README:\n\n${markdownTable(results)}\n`);
}
