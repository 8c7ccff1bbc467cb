// @vitest-environment node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scheduleDataSwitch } from './schedule-data-switch';

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
