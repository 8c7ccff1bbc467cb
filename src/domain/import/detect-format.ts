import type { ImportFormat } from './import-format';

/** What the content of a file says it is. */
export type Detection =
  { format: ImportFormat; json?: unknown; jsonError?: string } | { format: null; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first element name of an XML text, past its declaration, comments and doctype. */
function xmlRootName(text: string): string | null {
  const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, '');
  return /<([A-Za-z_][\w.:-]*)/.exec(body)?.[1] ?? null;
}

function formatOfJson(value: unknown): Detection {
  if (isObject(value)) {
    const schedule = value.schedule;
    if (isObject(schedule) && isObject(schedule.conference))
      return { format: 'schedule-json', json: value };
    if (isObject(schedule) && Array.isArray(schedule.events))
      return { format: 'schedule-json', json: value };
    if (
      Array.isArray(value.sessions) &&
      Array.isArray(value.rooms) &&
      Array.isArray(value.categories)
    ) {
      return { format: 'sessionize', json: value };
    }
    if (Array.isArray(value.talks) && 'schedule_id' in value)
      return { format: 'pretalx-widget', json: value };
    if (Array.isArray(value.schedules) && value.schedules.some((s) => isObject(s) && 'url' in s)) {
      return {
        format: null,
        message:
          'This is a list of conferences with links to their schedules (a catalogue), not a schedule. Open one of the schedules it links to instead.',
      };
    }
  }
  return {
    format: null,
    message:
      'This JSON file is not a schedule: it has none of the shapes of pretalx/frab schedule JSON, the pretalx widget or Sessionize.',
  };
}

/** Guesses the format of JSON that does not parse, from the keys it starts with. */
function formatOfBrokenJson(text: string): ImportFormat | null {
  if (/"schedule"\s*:\s*\{/.test(text) && /"conference"\s*:/.test(text)) return 'schedule-json';
  if (/"sessions"\s*:/.test(text) && /"speakers"\s*:/.test(text)) return 'sessionize';
  if (/"talks"\s*:/.test(text) && /"schedule_id"|"timezone"/.test(text)) return 'pretalx-widget';
  return null;
}

/** JSON's error with its place in lines and columns, which V8 gives only as a character position. */
function describeJsonError(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  const at = position === undefined ? text.length : Number(position);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const reason = error.message.replace(/\s*in JSON at position \d+.*$/, '');
  return `${reason} (line ${line}, column ${column}${at >= text.length ? ', at the very end: the file is cut short' : ''})`;
}

/**
 * Tells a schedule's format from its content, never its name: XML whose root is <schedule>,
 * BEGIN:VCALENDAR, or JSON by its keys. JSON that does not parse is still recognised by its keys,
 * so the message can say which format broke and where.
 *
 * @example detectFormat('BEGIN:VCALENDAR\r\n…').format // "icalendar"
 */
export function detectFormat(text: string): Detection {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(start)) return { format: 'icalendar' };
  if (start.startsWith('<')) {
    const root = xmlRootName(start);
    if (root === 'schedule') return { format: 'frab-xml' };
    if (root?.toLowerCase() === 'html') {
      return { format: null, message: 'This is a web page, not a schedule file.' };
    }
    return {
      format: null,
      message: `This XML file is not a frab/Pentabarf schedule: its root element is <${root ?? '?'}>, not <schedule>.`,
    };
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return formatOfJson(JSON.parse(start));
    } catch (error) {
      const format = formatOfBrokenJson(start);
      const jsonError = describeJsonError(start, error as Error);
      if (format) return { format, jsonError };
      return {
        format: null,
        message: `This looks like JSON, but it cannot be read: ${jsonError}.`,
      };
    }
  }
  return {
    format: null,
    message:
      'This file is not a schedule in any format the planner reads (frab XML, schedule JSON, pretalx widget JSON, iCalendar or Sessionize).',
  };
}
