// @vitest-environment node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchedule } from '../src/domain/load-schedule';
import type { Schedule } from '../src/domain/schedule-schema';
import {
  FIRST_PAINT_SCHEDULE,
  FULL_SCHEDULE,
  scheduleDataSwitch,
  forFirstPaint,
} from './schedule-data-switch';

const bundled = fileURLToPath(new URL('../src/data/schedule.json', import.meta.url));
const importer = fileURLToPath(new URL('../src/app/schedule-data.ts', import.meta.url));

/** Calls the plugin's resolveId the way Vite would, with Vite's own resolution faked. */
async function resolveWith(scheduleData: string | undefined, source: string, resolvedTo: string) {
  const plugin = scheduleDataSwitch(scheduleData);
  const context = { resolve: async () => ({ id: resolvedTo }) };
  const hook = plugin.resolveId as unknown as (
    this: typeof context,
    source: string,
    importer: string,
    options: object,
  ) => Promise<string | null>;
  return hook.call(context, source, importer, {});
}

describe('scheduleDataSwitch', () => {
  it('bundles the named file in place of src/data/schedule.json', async () => {
    expect(await resolveWith('bench/big.json', '../data/schedule.json', bundled)).toBe(
      resolve('bench/big.json'),
    );
  });

  it('leaves other JSON files named schedule.json alone', async () => {
    const other = resolve('tests/fixtures/schedule.json');
    expect(await resolveWith('bench/big.json', './fixtures/schedule.json', other)).toBeNull();
  });

  it('does nothing without SCHEDULE_DATA', async () => {
    expect(await resolveWith(undefined, '../data/schedule.json', bundled)).toBeNull();
  });

  it('never looks at imports that are not a schedule file', async () => {
    expect(await resolveWith('bench/big.json', 'react', importer)).toBeNull();
  });
});

/** The data a virtual schedule module exports, as Vite would load it for `command`. */
async function loadVirtual(id: string, command: 'build' | 'serve', scheduleData?: string) {
  const plugin = scheduleDataSwitch(scheduleData);
  (plugin.configResolved as (config: { command: string }) => void)({ command });
  const resolveId = plugin.resolveId as unknown as (id: string) => Promise<string | null>;
  const resolved = await resolveId.call({}, id);
  const load = plugin.load as unknown as (this: object, id: string) => string | null;
  const code = load.call({ addWatchFile: () => {} }, resolved ?? '');
  const literal = /^export default JSON\.parse\((.*)\);$/s.exec(code ?? '')?.[1] ?? 'null';
  return JSON.parse(JSON.parse(literal) as string) as unknown;
}

/** An abstract with nothing in it, as the first paint carries for every talk. */
const NO_BLOCKS = { format: 'blocks', blocks: [] };

describe('the schedule modules', () => {
  const full = loadSchedule(JSON.parse(readFileSync(bundled, 'utf8')));

  it('gives the first paint the same talks, in the same order, with no abstracts or pages', async () => {
    const firstPaint = (await loadVirtual(FIRST_PAINT_SCHEDULE, 'build')) as Schedule;
    expect(firstPaint.talks.map((t) => t.abstract)).toEqual(full.talks.map(() => NO_BLOCKS));
    expect(firstPaint.talks.map((t) => t.url)).toEqual(full.talks.map(() => null));
    expect(firstPaint.talks).toEqual(
      full.talks.map((talk) => ({ ...talk, abstract: NO_BLOCKS, url: null })),
    );
    expect(firstPaint.conference).toEqual(full.conference);
    expect(
      full.talks.filter(
        (talk) => talk.abstract.format === 'blocks' && talk.abstract.blocks.length > 0,
      ),
    ).toHaveLength(25);
  });

  it('gives the full module every abstract, validated and sorted by the build', async () => {
    expect(await loadVirtual(FULL_SCHEDULE, 'build')).toEqual(full);
  });

  it('fails the build on invalid data, naming the problem', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'schedule-')), 'broken.json');
    writeFileSync(file, JSON.stringify({ ...full, conference: { ...full.conference, id: '' } }));
    await expect(loadVirtual(FULL_SCHEDULE, 'build', file)).rejects.toThrow('conference.id');
  });

  it('passes invalid data on in development, for the app to refuse with its message', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'schedule-')), 'broken.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, conference: {}, talks: [] }));
    expect(await loadVirtual(FIRST_PAINT_SCHEDULE, 'serve', file)).toEqual({
      schemaVersion: 1,
      conference: {},
      talks: [],
    });
  });

  it('empties only the abstracts and pages, and leaves data that is not a talk list alone', () => {
    const abstract = { format: 'text', source: 'Text' };
    const url = 'https://example.org/talk/a';
    expect(forFirstPaint({ talks: [{ id: 'a', title: 'A', abstract, url }] })).toEqual({
      talks: [{ id: 'a', title: 'A', abstract: NO_BLOCKS, url: null }],
    });
    expect(forFirstPaint(null)).toBeNull();
    expect(forFirstPaint({ talks: 'none' })).toEqual({ talks: 'none' });
  });
});
