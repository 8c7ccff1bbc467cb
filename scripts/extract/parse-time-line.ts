import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { wallTimeToInstant } from '../../src/domain/time/wall-time-to-instant';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const TIME_LINE =
  /^(\w+),\s+(\w+)\s+(\d{1,2})(?:,\s*(\d{4}))?\s*•\s*(\d{1,2}:\d{2}\s*[ap]m)\s*[-–]\s*(\d{1,2}:\d{2}\s*[ap]m)(?:\s+([A-Z]{2,5}))?$/i;

export interface TalkTimes {
  start: string;
  end: string;
}

/**
 * The text of a talk's time line: a paragraph that is nothing but bold text reading as a date and
 * times, such as `**Monday, November 6, 2023 • 9:15 am - 9:40 am**`.
 *
 * @example timeLineOf(fromMarkdown('**Monday, November 6 • 9:15 am - 9:40 am**').children[0])
 *   // "Monday, November 6 • 9:15 am - 9:40 am"
 */
export function timeLineOf(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const [bold] = node.children;
  if (bold?.type !== 'strong') return undefined;
  const text = toString(bold).trim();
  return TIME_LINE.test(text) ? text : undefined;
}

function parseClock(text: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})\s*([ap])m$/i.exec(text.trim());
  if (!match) throw new Error(`Not a clock time: ${text}`);
  const hour12 = Number(match[1]);
  if (hour12 < 1 || hour12 > 12) throw new Error(`Hour out of range: ${text}`);
  const pm = match[3]?.toLowerCase() === 'p';
  return { hour: (hour12 % 12) + (pm ? 12 : 0), minute: Number(match[2]) };
}

function zoneAbbreviation(instant: string, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * Reads the text of a talk's date and time line into ISO instants in the conference's zone.
 * Accepts times with or without a space before am/pm, a date without its year (the
 * conference year is assumed) and a trailing zone abbreviation, which must agree with the zone.
 * The weekday must match the date, so a typo in either is caught rather than guessed.
 *
 * @example parseTimeLine('Wednesday, November 8 • 5:25 pm - 6:00 pm', 2023, 'America/Chicago')
 *   // { start: '2023-11-08T17:25:00-06:00', end: '2023-11-08T18:00:00-06:00' }
 */
export function parseTimeLine(line: string, defaultYear: number, timeZone: string): TalkTimes {
  const match = TIME_LINE.exec(line.trim());
  if (!match) throw new Error(`Not a date and time line: ${line}`);
  const [, weekday, monthName, dayText, yearText, startText, endText, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  if (month < 0) throw new Error(`Unknown month "${monthName}" in: ${line}`);
  const year = yearText ? Number(yearText) : defaultYear;
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(Number(dayText)).padStart(2, '0')}`;

  const actualWeekday = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()];
  if (actualWeekday !== weekday?.toLowerCase()) {
    throw new Error(`${date} is a ${actualWeekday}, but the line says ${weekday}: ${line}`);
  }

  const start = wallTimeToInstant({ date, ...parseClock(startText ?? '') }, timeZone);
  const end = wallTimeToInstant({ date, ...parseClock(endText ?? '') }, timeZone);
  if (Date.parse(end) <= Date.parse(start)) throw new Error(`Talk ends before it starts: ${line}`);
  if (zone && zoneAbbreviation(start, timeZone) !== zone) {
    throw new Error(`Zone ${zone} does not match ${timeZone} on ${date}: ${line}`);
  }
  return { start, end };
}
