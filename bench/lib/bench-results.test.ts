import { describe, expect, it } from 'vitest';
import { markdownTable, plainTable, reportRows, type BenchResults } from './bench-results';

const latency = (p50Ms: number, p95Ms: number) => ({ samples: 50, p50Ms, p95Ms, maxMs: p95Ms });

const load = {
  runs: 5,
  gridPaintedMs: 120,
  starsReadyMs: 240,
  fcpMs: 80,
  lcpMs: 110,
  jsBeforeGridGzipBytes: 80_000,
  jsBeforeStarsGzipBytes: 90_000,
};

const opened = {
  runs: 3,
  talks: 1067,
  chosenToGridMs: 1999,
  longestTaskMs: 199,
  heapBeforeBytes: 8 * 1024 ** 2,
  heapOpenBytes: 20 * 1024 ** 2,
};

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    date: '2026-11-24T14:00:00.000Z',
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      memoryGiB: 24,
      os: 'Linux 6.1',
      node: 'v20.20.2',
      chromium: '156.0',
    },
    size: {
      floorGzipBytes: 70_000,
      initialGzipBytes: 70_000,
      initialRatio: 1.0,
      startupGzipBytes: 80_500,
      startupRatio: 1.15,
      budgetRatio: 1.16,
    },
    real: {
      talks: 25,
      load,
      star: { ...latency(10, 20), unchanged: 0 },
      search: { nextPaint: latency(5, 10), settled: latency(3, 6) },
    },
    synthetic: {
      talks: 2000,
      load,
      star: { ...latency(12, 29), unchanged: 0 },
      search: { nextPaint: latency(20, 49), settled: null },
    },
    congress: {
      talks: 1400,
      shape: 'congress, 90 rooms',
      load,
      star: { ...latency(12, 30), unchanged: 0 },
      search: { nextPaint: latency(20, 49), settled: null },
    },
    open: {
      congressXml: { ...opened, talks: 1400 },
      fosdemXml: opened,
    },
    domain: {
      clashes2000: { runs: 20, medianMs: 2, p95Ms: 3, picks: 2000, clashes: 100 },
      clashes10000: { runs: 20, medianMs: 9.9, p95Ms: 11, picks: 10_000, clashes: 500 },
      export2000: {
        runs: 10,
        medianMs: 299,
        p95Ms: 320,
        events: 2000,
        clashes: 100,
        icsBytes: 2_000_000,
        withoutClashNotes: { ms: 250, icsBytes: 1_900_000 },
      },
      importFosdemXml: { runs: 5, medianMs: 499, p95Ms: 520, talks: 1067 },
      importFosdemIcs: { runs: 5, medianMs: 300, p95Ms: 320, talks: 1067 },
    },
    lighthouse: {
      version: '12.8.2',
      formFactor: 'mobile',
      performance: 100,
      accessibility: 100,
      bestPractices: 95,
      seo: 90,
      lcpMs: 999,
      fcpMs: 700,
      totalBlockingTimeMs: 10,
      cumulativeLayoutShift: 0,
      speedIndexMs: 900,
      failingAudits: [],
    },
    ...overrides,
  };
}

const verdicts = (r: BenchResults) =>
  reportRows(r)
    .filter((row) => row.target !== '')
    .map((row) => row.met);

describe('reportRows', () => {
  it('marks every target met when each figure is just inside it', () => {
    expect(verdicts(results())).toEqual(Array(17).fill(true));
  });

  it('misses the star target when the large schedule is over 1.5 times the small one', () => {
    const r = results();
    r.synthetic.star = { ...latency(12, 31), unchanged: 0 };
    const row = reportRows(r).find((x) => x.figure.startsWith('Star toggle p50 / p95, 2,000'));
    expect(row).toMatchObject({ value: '12 ms / 31 ms (p95 = 1.55 × 25 talks)', met: false });
  });

  it('compares the congress-shaped schedule’s star toggle with the real one’s', () => {
    const r = results();
    r.congress.star = { ...latency(11, 36), unchanged: 0 };
    const row = reportRows(r).find((x) => x.figure.startsWith('Star toggle p50 / p95, 1,400'));
    expect(row).toMatchObject({
      figure: 'Star toggle p50 / p95, 1,400 talks (congress, 90 rooms)',
      value: '11 ms / 36 ms (p95 = 1.80 × 25 talks)',
      met: false,
    });
  });

  it('misses the opening targets at 2 s to the grid or a 200 ms task, and reports the heap', () => {
    const r = results();
    r.open.fosdemXml = { ...opened, chosenToGridMs: 2000, longestTaskMs: 200 };
    const rows = reportRows(r).filter((x) =>
      x.figure.startsWith('In the app, open fosdem-2026.xml:'),
    );
    expect(rows.map((x) => [x.value, x.met])).toEqual([
      ['2000 ms (1,067 talks, 3 runs)', false],
      ['200 ms', false],
    ]);
    const heap = reportRows(r).find((x) => x.figure.startsWith('JavaScript heap'));
    expect(heap?.value).toBe('20.0 MiB (8.0 MiB with the 25 talks only)');
  });

  it('misses the star target when a click did not change aria-pressed', () => {
    const r = results();
    r.real.star = { ...latency(10, 20), unchanged: 1 };
    const row = reportRows(r).find((x) => x.figure.startsWith('Star toggle p50 / p95, 2,000'));
    expect(row?.met).toBe(false);
  });

  it('misses the import target at 500 ms, or when the file did not give all 1,067 talks', () => {
    const r = results();
    r.domain.importFosdemXml = { runs: 5, medianMs: 500, p95Ms: 510, talks: 1067 };
    r.domain.importFosdemIcs = { runs: 5, medianMs: 100, p95Ms: 110, talks: 0 };
    const rows = reportRows(r).filter((x) => x.figure.startsWith('Open fosdem-2026'));
    expect(rows.map((x) => [x.value, x.met])).toEqual([
      ['500 ms (1,067 talks)', false],
      ['100 ms (0 talks)', false],
    ]);
  });

  it('reports a figure that could not be measured in words, with no verdict', () => {
    const r = results({ lighthouse: { error: 'Chromium did not start\nstack…' } });
    const row = reportRows(r).find((x) => x.figure === 'Lighthouse mobile: performance');
    expect(row).toMatchObject({ value: 'not measured: Chromium did not start', met: null });
  });

  it('shows every Lighthouse run beside the median one', () => {
    const r = results();
    r.lighthouse = {
      ...(r.lighthouse as Exclude<BenchResults['lighthouse'], { error: string }>),
      performance: 96,
      runs: [
        { performance: 99, lcpMs: 800 },
        { performance: 96, lcpMs: 900 },
        { performance: 90, lcpMs: 1500 },
      ],
    };
    const row = reportRows(r).find((x) => x.figure === 'Lighthouse mobile: performance');
    expect(row).toMatchObject({ value: '96 (median run; runs 99, 96, 90)', met: false });
  });

  it('aims the start-up JavaScript, lazy root included, at 1.15 times the floor', () => {
    const r = results();
    const size = r.size as Exclude<BenchResults['size'], { error: string }>;
    r.size = { ...size, initialRatio: 1.0, startupRatio: 1.16 };
    expect(reportRows(r)[0]).toMatchObject({ target: '≤ 1.15 × floor', met: false });
    r.size = { ...size, initialRatio: 1.0, startupRatio: 1.14 };
    expect(reportRows(r)[0]?.met).toBe(true);
  });

  it('misses the Lighthouse paint target at an LCP of 1 s or any layout shift', () => {
    const r = results();
    const lighthouse = r.lighthouse as Exclude<BenchResults['lighthouse'], { error: string }>;
    const lcpRow = (figures: typeof lighthouse) =>
      reportRows({ ...r, lighthouse: figures }).find(
        (x) => x.figure === 'Lighthouse mobile: LCP and CLS',
      );
    expect(lcpRow(lighthouse)?.met).toBe(true);
    expect(lcpRow({ ...lighthouse, lcpMs: 1000 })?.met).toBe(false);
    expect(lcpRow({ ...lighthouse, cumulativeLayoutShift: 0.001 })).toMatchObject({
      value: '999 ms (FCP 700 ms, TBT 10 ms, CLS 0.001)',
      met: false,
    });
  });
});

describe('markdownTable', () => {
  it('has a header, one line per row and the machine it ran on', () => {
    const table = markdownTable(results());
    const lines = table.split('\n');
    expect(lines[0]).toBe('| Figure | Value | Target | Met |');
    expect(lines[1]).toBe('| --- | --- | --- | --- |');
    expect(lines.slice(2).filter((l) => l.startsWith('| '))).toHaveLength(
      reportRows(results()).length,
    );
    expect(table).toContain('Measured on AMD EPYC, 2 cores, 24 GiB; Linux 6.1; Node v20.20.2');
    expect(table).toContain('| Clash detection, 10,000 picks (median) | 9.9 ms (500 clashes) |');
  });

  it('escapes pipes inside a value', () => {
    const table = markdownTable(results({ lighthouse: { error: 'a | b' } }));
    expect(table).toContain('not measured: a \\| b');
  });
});

describe('plainTable', () => {
  it('says NO beside a missed target', () => {
    const r = results();
    r.domain.clashes10000 = { runs: 20, medianMs: 31, p95Ms: 40, picks: 10_000, clashes: 500 };
    expect(plainTable(r)).toMatch(/Clash detection, 10,000 picks.*31 ms.*< 10 ms\s+NO/);
  });
});
