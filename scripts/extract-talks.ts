/**
 * Regenerates src/data/schedule.json from the seed blog post.
 * Usage: npm run extract            (writes the file)
 *        npm run extract -- --check (fails if the committed file differs)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSchedule } from '../src/domain/load-schedule';
import { ConferenceSchema } from '../src/domain/schedule-schema';
import * as v from 'valibot';
import { parseSeed } from './extract/parse-seed';

const root = new URL('..', import.meta.url);
export const SEED_PATH = fileURLToPath(new URL('scripts/sources/cilium-kubecon-na-2023.md', root));
export const CONFERENCE_PATH = fileURLToPath(new URL('scripts/sources/conference.json', root));
export const OUTPUT_PATH = fileURLToPath(new URL('src/data/schedule.json', root));

/** Builds the JSON text of the schedule exactly as it is committed. */
export function buildScheduleJson(): string {
  const conference = v.parse(ConferenceSchema, JSON.parse(readFileSync(CONFERENCE_PATH, 'utf8')));
  const schedule = parseSeed(readFileSync(SEED_PATH, 'utf8'), conference);
  loadSchedule(schedule); // refuse to write data the app would reject
  return `${JSON.stringify(schedule, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = buildScheduleJson();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT_PATH, 'utf8') !== json) {
      console.error('src/data/schedule.json is out of date: run npm run extract');
      process.exit(1);
    }
    console.log('src/data/schedule.json is up to date');
  } else {
    writeFileSync(OUTPUT_PATH, json);
    const count = (JSON.parse(json) as { talks: unknown[] }).talks.length;
    console.log(`Wrote ${count} talks to src/data/schedule.json`);
  }
}
