// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchedule } from '../src/domain/load-schedule';
import { parseImportArgs, runImport } from './import-schedule';

const fixture = (path: string) => resolve(process.cwd(), 'tests/fixtures/schedules', path);
const dir = mkdtempSync(join(tmpdir(), 'import-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  it('reads a source, --zone and --out', () => {
    expect(parseImportArgs(['talks.json', '--zone', 'Europe/London', '--out', 'x.json'])).toEqual({
      source: 'talks.json',
      zone: 'Europe/London',
      out: 'x.json',
    });
    expect(() => parseImportArgs([])).toThrow(/^Usage: npm run import/);
  });

  it('writes DENOG16 as bundled data the app loads: 35 talks in 7 rooms', async () => {
    const out = join(dir, 'denog16.json');
    const { result, lines } = await runImport({
      source: fixture('frab-xml/denog16-pretalx.xml'),
      out,
    });
    expect(result.kind).toBe('schedule');
    expect(lines[0]).toMatch(
      /^Wrote 35 talks of DENOG16 .*\(frab-xml, Europe\/Berlin, 3 days, 7 rooms\)/,
    );
    const written = loadSchedule(JSON.parse(readFileSync(out, 'utf8')));
    expect(written.talks).toHaveLength(35);
    expect(written.conference.columnKind).toBe('room');
  });

  it('says a Sessionize file needs --zone, and writes it once given', async () => {
    const out = join(dir, 'summit.json');
    const source = fixture('sessionize/scottish-summit-2026.json');
    const asked = await runImport({ source, out });
    expect(asked.result.kind).toBe('needs-zone');
    expect(asked.lines[0]).toMatch(/Give it with --zone, e\.g\. --zone Europe\/London\.$/);
    const given = await runImport({ source, out, zone: 'Europe/London' });
    expect(given.result.kind).toBe('schedule');
    expect(loadSchedule(JSON.parse(readFileSync(out, 'utf8'))).talks).toHaveLength(61);
  });
});
