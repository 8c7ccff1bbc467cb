import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { gzipSize } from './initial-javascript';
import { LOAD_PROBE, openProbe, SCRIPT_RESOURCES, SEARCH_PROBE, STAR_PROBE } from './page-probes';
import { median, percentile, roundMs } from './percentiles';

export interface LoadFigures {
  runs: number;
  /** Navigation start → first talk `article` painted, median of runs. */
  gridPaintedMs: number;
  fcpMs: number | null;
  lcpMs: number | null;
  /** Navigation start → the frame after the first star became pressable (hydrated), median. */
  starsReadyMs: number;
  /** Gzip size of the JavaScript files fetched before the grid was painted. */
  jsBeforeGridGzipBytes: number;
  /** Gzip size of the JavaScript files fetched before the first star became pressable. */
  jsBeforeStarsGzipBytes: number;
}

export interface LatencyFigures {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface StarFigures extends LatencyFigures {
  /** Clicks after which `aria-pressed` had not changed within 2 s: each one is a bug. */
  unchanged: number;
}

export interface SearchFigures {
  /** Input event → next frame painted. */
  nextPaint: LatencyFigures;
  /** Input event → last change the page made in reaction (results shown, even if deferred). */
  settled: LatencyFigures | null;
}

export interface OpenFigures {
  runs: number;
  /** Talks in the schedule opened. */
  talks: number;
  /** File chosen (the input's change event) → first talk of the opened schedule painted, median. */
  chosenToGridMs: number;
  /**
   * The longest main-thread task from the file chosen until SETTLE_MS after its grid painted (the
   * rest of the day's cards, saving it), over every run.
   */
  longestTaskMs: number;
  /** JavaScript heap in use after a garbage collection, before opening and with it open (medians). */
  heapBeforeBytes: number;
  heapOpenBytes: number;
}

/** A schedule file to open through "Open a schedule", with its talks' titles to recognise them. */
export interface ScheduleFileToOpen {
  path: string;
  titles: readonly string[];
}

const VIEWPORT = { width: 1366, height: 900 };
const GRID_TIMEOUT_MS = 30_000;

const latency = (samples: number[]): LatencyFigures => ({
  samples: samples.length,
  p50Ms: roundMs(percentile(samples, 50)),
  p95Ms: roundMs(percentile(samples, 95)),
  maxMs: roundMs(Math.max(...samples)),
});

// A fresh profile each time: empty plan, cold cache; service workers off so none precaches mid-run.
// The page's CSP forbids eval, which Playwright's waitForFunction with a string predicate needs.
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.addInitScript({ content: LOAD_PROBE });
  return { context, page };
}

async function openGrid(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    'window.__benchLoad.gridPaintedAt !== null && window.__benchLoad.starsReadyAt !== null',
    undefined,
    {
      timeout: GRID_TIMEOUT_MS,
    },
  );
}

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

/** Loads the page `runs` times in fresh profiles and reports the median paint times. */
export async function measureLoad(
  browser: Browser,
  url: string,
  distDir: string,
  runs = 5,
): Promise<LoadFigures> {
  const grid: number[] = [];
  const starsReady: number[] = [];
  const fcp: number[] = [];
  const lcp: number[] = [];
  let jsBytes = 0;
  let jsBeforeStars = 0;
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    await openGrid(page, url);
    await pause(page, 300); // let largest-contentful-paint settle on its final candidate
    const probe = (await page.evaluate('window.__benchLoad')) as {
      gridPaintedAt: number;
      starsReadyAt: number;
      fcp: number | null;
      lcp: number | null;
    };
    grid.push(probe.gridPaintedAt);
    starsReady.push(probe.starsReadyAt);
    if (probe.fcp !== null) fcp.push(probe.fcp);
    if (probe.lcp !== null) lcp.push(probe.lcp);
    const scripts = (await page.evaluate(SCRIPT_RESOURCES)) as {
      url: string;
      responseEnd: number;
    }[];
    const fetchedBy = (moment: number) =>
      scripts
        .filter((s) => s.responseEnd <= moment)
        .map((s) => new URL(s.url).pathname)
        .reduce((sum, path) => sum + gzipSize(readFileSync(join(distDir, path))), 0);
    jsBytes = fetchedBy(probe.gridPaintedAt);
    jsBeforeStars = fetchedBy(probe.starsReadyAt);
    await context.close();
  }
  return {
    runs,
    gridPaintedMs: roundMs(median(grid)),
    starsReadyMs: roundMs(median(starsReady)),
    fcpMs: fcp.length ? roundMs(median(fcp)) : null,
    lcpMs: lcp.length ? roundMs(median(lcp)) : null,
    jsBeforeGridGzipBytes: jsBytes,
    jsBeforeStarsGzipBytes: jsBeforeStars,
  };
}

/**
 * Presses star toggles like a keyboard user (focus, Enter: a trusted click event) and times each
 * from the click event to the frame painted after `aria-pressed` changed: up to 25 talks spread
 * evenly over the day shown are starred, then unstarred, so both schedules do similar work.
 * Enter rather than the mouse, so that a star another element overlaps is still measured (the
 * overlap itself is a layout bug the browser tests catch).
 */
export async function measureStarToggle(
  browser: Browser,
  url: string,
  toggles = 50,
  warmUp = 10,
): Promise<StarFigures> {
  const { context, page } = await freshPage(browser);
  try {
    await openGrid(page, url);
    const stars = page.getByRole('article').getByRole('button', { name: /^Star/ });
    const shown = await stars.count();
    const distinct = Math.min(Math.ceil(toggles / 2), shown);
    if (distinct === 0) throw new Error('no star toggle found inside a talk article');
    const spreadOver = (i: number) => Math.floor((i * shown) / distinct);
    await page.evaluate(STAR_PROBE);
    const order = [
      ...Array.from({ length: warmUp }, () => 0),
      ...Array.from({ length: toggles }, (_, i) => spreadOver(i % distinct)),
    ];
    for (const [i, index] of order.entries()) {
      // A big day draws only the cards near the view: as focus scrolls it, fewer stars may be drawn.
      const drawn = await stars.count();
      await stars.nth(Math.min(index, drawn - 1)).press('Enter', { timeout: 5_000 });
      await page.waitForFunction(`window.__benchStar.length > ${i}`, undefined, { timeout: 5_000 });
      await pause(page, 30);
    }
    const samples = (await page.evaluate('window.__benchStar')) as {
      ms: number;
      changed: boolean;
    }[];
    const measured = samples.slice(warmUp);
    return {
      ...latency(measured.map((s) => s.ms)),
      unchanged: measured.filter((s) => !s.changed).length,
    };
  } finally {
    await context.close();
  }
}

/** What is typed into the search box, one key at a time; Backspace clears each word again. */
const SEARCH_KEYS = [
  ...'observability',
  ...Array.from({ length: 13 }, () => 'Backspace'),
  ...'ebpf lessons',
  ...Array.from({ length: 12 }, () => 'Backspace'),
];

/** Types into the "Search talks" box one key at a time, leaving the page time between keys. */
export async function measureSearch(browser: Browser, url: string): Promise<SearchFigures> {
  const { context, page } = await freshPage(browser);
  try {
    await openGrid(page, url);
    const searchbox = page.getByRole('searchbox', { name: 'Search talks' });
    await searchbox.focus({ timeout: 5_000 });
    await page.evaluate(SEARCH_PROBE);
    for (const [i, key] of SEARCH_KEYS.entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction(`window.__benchSearch.nextPaint.length > ${i}`, undefined, {
        timeout: 10_000,
      });
      await pause(page, 200); // a brisk typist; lets deferred result rendering finish
    }
    await page.evaluate('window.__benchSearch.settle()');
    const probe = (await page.evaluate(
      '({ nextPaint: window.__benchSearch.nextPaint, settled: window.__benchSearch.settled })',
    )) as { nextPaint: number[]; settled: number[] };
    return {
      nextPaint: latency(probe.nextPaint),
      settled: probe.settled.length ? latency(probe.settled) : null,
    };
  } finally {
    await context.close();
  }
}

/** The page's JavaScript heap in use once garbage has been collected, read over the DevTools protocol. */
async function heapInUse(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}

/** How long after its grid painted an opening still counts: the day's other cards, the save. */
const SETTLE_MS = 2_000;

/**
 * Opens a schedule file as a person does ("Open a schedule", then "Schedule file"), `runs` times in
 * fresh profiles: from the file chosen until its first talks are painted, the longest main-thread
 * task until the opening has settled, and the JavaScript heap before and with the schedule open.
 */
export async function measureOpenSchedule(
  browser: Browser,
  url: string,
  file: ScheduleFileToOpen,
  runs = 3,
): Promise<OpenFigures> {
  const opened: number[] = [];
  const longest: number[] = [];
  const before: number[] = [];
  const open: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    try {
      await openGrid(page, url);
      before.push(await heapInUse(page));
      await page.evaluate(openProbe(file.titles));
      await page.getByRole('button', { name: 'Open a schedule', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Open a schedule' })
        .getByLabel('Schedule file', { exact: true })
        .setInputFiles(file.path);
      await page.waitForFunction('window.__benchOpen.paintedAt !== null', undefined, {
        timeout: 60_000,
      });
      await pause(page, SETTLE_MS + 500); // the rest of the opening, then its last task's report
      const probe = (await page.evaluate('window.__benchOpen')) as {
        chosenAt: number;
        paintedAt: number;
        longTasks: { startTime: number; duration: number }[];
      };
      opened.push(probe.paintedAt - probe.chosenAt);
      const during = probe.longTasks.filter(
        (task) =>
          task.startTime + task.duration > probe.chosenAt &&
          task.startTime < probe.paintedAt + SETTLE_MS,
      );
      longest.push(Math.max(0, ...during.map((task) => task.duration)));
      open.push(await heapInUse(page));
    } finally {
      await context.close();
    }
  }
  return {
    runs,
    talks: file.titles.length,
    chosenToGridMs: roundMs(median(opened)),
    longestTaskMs: roundMs(Math.max(...longest)),
    heapBeforeBytes: Math.round(median(before)),
    heapOpenBytes: Math.round(median(open)),
  };
}
