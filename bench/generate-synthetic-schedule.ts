/**
 * Writes a seeded synthetic schedule in the format of src/data/schedule.json, for the benchmark.
 * Usage: tsx bench/generate-synthetic-schedule.ts [--talks 2000] [--seed 2023] [--out file]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchedule } from '../src/domain/load-schedule';
import { generateSyntheticSchedule } from './lib/synthetic-schedule';

const BUNDLED_SCHEDULE = fileURLToPath(new URL('../src/data/schedule.json', import.meta.url));
const DEFAULT_SYNTHETIC_OUT = fileURLToPath(
  new URL('../dist-bench-data/schedule-2000.json', import.meta.url),
);

/** Generates, validates as the app would, and writes the schedule; returns the file written. */
export function writeSyntheticSchedule(talks = 2000, seed = 2023, out = DEFAULT_SYNTHETIC_OUT) {
  const { conference } = loadSchedule(JSON.parse(readFileSync(BUNDLED_SCHEDULE, 'utf8')));
  const schedule = generateSyntheticSchedule(conference, { talks, seed });
  loadSchedule(schedule); // refuse to write data the app would reject
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(schedule)}\n`);
  return out;
}

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const talks = Number(option('talks') ?? 2000);
  const seed = Number(option('seed') ?? 2023);
  const outArg = option('out');
  if (!Number.isInteger(talks) || talks < 1 || !Number.isInteger(seed)) {
    console.error('--talks must be a positive whole number and --seed a whole number');
    process.exit(1);
  }
  const out = writeSyntheticSchedule(talks, seed, outArg ? resolve(outArg) : undefined);
  console.log(`Wrote ${talks} synthetic talks (seed ${seed}) to ${out}`);
}
