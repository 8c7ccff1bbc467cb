import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseXmlWithXmldom } from '../../src/domain/import/parse-xml-with-xmldom';
import {
  importSchedule,
  type ImportInput,
  type ImportResult,
} from '../../src/domain/import/import-schedule';
import type { Schedule, Talk } from '../../src/domain/schedule-schema';

// Vitest runs from the repository root; jsdom's import.meta.url is not a file URL.
const FIXTURES = resolve(process.cwd(), 'tests/fixtures/schedules');

/** The raw bytes of a schedule file kept in tests/fixtures/schedules, e.g. `frab-xml/fosdem-2026.xml`. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, path)));
}

/** Opens content as the importer does in Node (with @xmldom/xmldom). */
export function openSchedule(
  text: ImportInput['text'],
  options: Omit<ImportInput, 'text'> = {},
): ImportResult {
  return importSchedule({ text, ...options }, { parseXml: parseXmlWithXmldom });
}

/** Opens a fixture file by its path under tests/fixtures/schedules. */
export function openFixture(path: string, options: Omit<ImportInput, 'text'> = {}): ImportResult {
  return openSchedule(fixtureBytes(path), options);
}

type OpenedSchedule = Schedule & { skippedCount: number };

/** The schedule of a result that must be one; fails the test with the result otherwise. */
function scheduleOf(result: ImportResult): OpenedSchedule {
  if (result.kind !== 'schedule')
    throw new Error(`expected a schedule, got ${JSON.stringify(result)}`);
  return { ...result.schedule, skippedCount: result.skipped.count };
}

/** The schedule content must open to, with how many events were skipped. */
export function scheduleFrom(
  text: ImportInput['text'],
  options: Omit<ImportInput, 'text'> = {},
): OpenedSchedule {
  return scheduleOf(openSchedule(text, options));
}

/** The schedule a fixture file must open to, by its path under tests/fixtures/schedules. */
export function fixtureSchedule(
  path: string,
  options: Omit<ImportInput, 'text'> = {},
): OpenedSchedule {
  return scheduleOf(openFixture(path, options));
}

/** The one talk with this exact title; fails when there is none or several. */
export function talkTitled(schedule: Schedule, title: string): Talk {
  const found = schedule.talks.filter((talk) => talk.title === title);
  if (found.length !== 1) throw new Error(`${found.length} talks titled "${title}"`);
  return found[0] as Talk;
}

/** A talk's start and end as UTC ISO strings, to compare with times worked out by hand. */
export function utcTimes(talk: Talk): [string, string] {
  return [new Date(talk.start).toISOString(), new Date(talk.end).toISOString()];
}
