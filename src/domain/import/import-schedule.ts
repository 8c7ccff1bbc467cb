import type { Schedule } from '@/domain/schedule-schema';
import { isTimeZoneName } from '@/domain/time/time-zone-name';
import { buildSchedule } from './build-schedule';
import { detectFormat } from './detect-format';
import { convertFrabXml } from './frab-xml';
import { convertIcal } from './ical';
import { FORMAT_NAMES, type ImportFormat } from './import-format';
import { ImportProblem } from './import-problem';
import { convertPretalxWidget } from './pretalx-widget';
import { convertScheduleJson } from './schedule-json';
import { convertSessionize } from './sessionize';
import type { ConverterOptions, ConverterOutcome } from './talk-draft';
import type { ParseXml } from './xml-tree';

/** A schedule file to open. */
export interface ImportInput {
  /** The file's content; bytes let iCalendar unfold lines before decoding UTF-8. */
  text: string | Uint8Array;
  /** Where it was fetched from: resolves relative links and identifies the conference. */
  sourceUrl?: string;
  /** The conference's IANA zone, once the person has answered a `needs-zone` result. */
  zone?: string;
}

/** What the platform provides: the XML parser (saxes in the import worker, @xmldom/xmldom in Node). */
export interface ImportDependencies {
  parseXml: ParseXml;
}

/** Events left out of an opened schedule, and why, one plain sentence each. */
export interface SkippedEvents {
  count: number;
  reasons: string[];
}

/** What opening a file gives: a schedule, a question, an empty schedule or a problem in plain words. */
export type ImportResult =
  | { kind: 'schedule'; format: ImportFormat; schedule: Schedule; skipped: SkippedEvents }
  /** The file names no time zone: ask the person, then import again with `zone`. */
  | { kind: 'needs-zone'; format: ImportFormat; message: string }
  /** A valid schedule with no talks in it. */
  | { kind: 'empty'; format: ImportFormat; message: string }
  /** Not a schedule, or broken: `format` is what was recognised, if anything. */
  | { kind: 'problem'; format: ImportFormat | null; message: string };

function decode(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : new TextDecoder('utf-8').decode(text);
}

function convert(
  format: ImportFormat,
  input: ImportInput,
  text: string,
  json: unknown,
  options: ConverterOptions,
  deps: ImportDependencies,
): ConverterOutcome {
  switch (format) {
    case 'frab-xml':
      return convertFrabXml(text.replace(/^\uFEFF/, ''), { ...options, ...deps });
    case 'icalendar':
      return convertIcal(input.text, options);
    case 'schedule-json':
      return convertScheduleJson(json, options);
    case 'pretalx-widget':
      return convertPretalxWidget(json, options);
    case 'sessionize':
      return convertSessionize(json, options);
  }
}

/**
 * Opens a schedule file of any supported format, told from its content, into the app's schedule
 * schema. Broken events are skipped and counted; a broken file gives a problem naming the format
 * recognised and where it broke; nothing in the file is ever run.
 *
 * @example importSchedule({ text: xml }, { parseXml }).kind // "schedule"
 */
export function importSchedule(input: ImportInput, deps: ImportDependencies): ImportResult {
  // Decoded once: a 3 MB file costs tens of milliseconds to decode.
  const text = decode(input.text);
  const detection = detectFormat(text);
  if (detection.format === null)
    return { kind: 'problem', format: null, message: detection.message };
  const { format } = detection;
  const name = FORMAT_NAMES[format];
  if (detection.jsonError) {
    return {
      kind: 'problem',
      format,
      message: `This looks like ${name}, but the JSON is broken: ${detection.jsonError}.`,
    };
  }
  if (input.zone !== undefined && !isTimeZoneName(input.zone)) {
    return {
      kind: 'problem',
      format,
      message: `"${input.zone}" is not a time zone name such as Europe/Brussels.`,
    };
  }
  const options: ConverterOptions = { zone: input.zone, sourceUrl: input.sourceUrl };
  let outcome: ConverterOutcome;
  try {
    outcome = convert(format, input, text, detection.json, options, deps);
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    return { kind: 'problem', format, message: `This is ${name}, but ${error.message}.` };
  }
  if (outcome.kind === 'needs-zone') return outcome;
  const { draft } = outcome;
  if (draft.talks.length === 0 && draft.skipped.length === 0) {
    return { kind: 'empty', format, message: `This ${name} file has no talks in it.` };
  }
  const built = buildSchedule(draft, input.sourceUrl ?? null);
  if (!built) {
    const reasons = draft.skipped.slice(0, 3).join('; ');
    return {
      kind: 'problem',
      format,
      message: `This is ${name}, but none of its ${draft.skipped.length} events could be read: ${reasons}.`,
    };
  }
  return {
    kind: 'schedule',
    format,
    schedule: built.schedule,
    skipped: { count: built.skipped.length, reasons: built.skipped },
  };
}
