import ICAL from 'ical.js';
import type { Speaker } from '@/domain/schedule-schema';
import { isTimeZoneName } from '@/domain/time/time-zone-name';
import { wallTimeToInstant } from '@/domain/time/wall-time-to-instant';
import { ImportProblem } from './import-problem';
import { absoluteUrl, abstractFrom, cleanText } from './source-text';
import type { ConverterOptions, ConverterOutcome, TalkDraft } from './talk-draft';
import { unfoldIcsBytes } from './unfold-ics-bytes';

/** How a floating or named-zone time becomes an instant, once the calendar's zones are known. */
interface ZoneContext {
  /** The zone for floating times: X-WR-TIMEZONE, else the person's; null when neither exists. */
  floatingZone: string | null;
  /** VTIMEZONE components by TZID, which ical.js can convert with itself. */
  vtimezones: Map<string, ICAL.Timezone>;
}

/** Thrown for a floating time when nothing names the calendar's zone. */
class NeedsZone extends Error {}

function instantOf(property: ICAL.Property, zones: ZoneContext): number {
  const time = property.getFirstValue() as ICAL.Time;
  if (time.isDate) throw new ImportProblem('it lasts whole days, with no time of day');
  if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
  const wall = {
    date: `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  const tzid = property.getParameter('tzid') as string | undefined;
  if (tzid) {
    const vtimezone = zones.vtimezones.get(tzid);
    if (vtimezone) {
      const local = Date.UTC(
        time.year,
        time.month - 1,
        time.day,
        time.hour,
        time.minute,
        time.second,
      );
      return local - vtimezone.utcOffset(time) * 1000;
    }
    // ical.js keeps such a TZID but reads the time as floating; Intl knows IANA names.
    if (isTimeZoneName(tzid)) return Date.parse(wallTimeToInstant(wall, tzid));
    throw new ImportProblem(`its time zone "${tzid}" is neither described in the file nor known`);
  }
  if (!zones.floatingZone) throw new NeedsZone();
  return Date.parse(wallTimeToInstant(wall, zones.floatingZone));
}

/** Speakers as iCalendar carries them: ATTENDEE/ORGANIZER names, else "Speaker:" lines. */
function speakersOf(event: ICAL.Component, description: string): Speaker[] {
  const named = ['attendee', 'organizer']
    .flatMap((name) => event.getAllProperties(name))
    .map((property) => cleanText(property.getParameter('cn') as string | undefined))
    .filter((name): name is string => name !== null);
  const lines = /^Speakers?:\s*(.+)$/im.exec(description)?.[1];
  const fromText = lines ? lines.split(/\s*,\s*|\s+and\s+/) : [];
  const names = named.length > 0 ? named : fromText.map((name) => name.trim()).filter(Boolean);
  return names.map((name) => ({ name, affiliation: null }));
}

/** CATEGORIES as written: FOSDEM leaves commas in a track unescaped, which ical.js splits apart. */
function trackOf(event: ICAL.Component): string | null {
  const property = event.getFirstProperty('categories');
  if (!property) return null;
  return cleanText(property.getValues().map(String).join(','));
}

function readEvent(event: ICAL.Component, zones: ZoneContext, index: number): TalkDraft {
  const dtstart = event.getFirstProperty('dtstart');
  if (!dtstart) throw new ImportProblem('it has no start (DTSTART)');
  const start = instantOf(dtstart, zones);
  const dtend = event.getFirstProperty('dtend');
  const duration = event.getFirstPropertyValue('duration') as ICAL.Duration | null;
  let end = start;
  if (dtend) end = instantOf(dtend, zones);
  else if (duration) end = start + duration.toSeconds() * 1000;
  const description = String(event.getFirstPropertyValue('description') ?? '');
  const uid = cleanText(String(event.getFirstPropertyValue('uid') ?? '')) ?? `event-${index + 1}`;
  const recurrence = event.getFirstPropertyValue('recurrence-id');
  return {
    uid: recurrence ? `${uid}/${String(recurrence)}` : uid,
    title: cleanText(String(event.getFirstPropertyValue('summary') ?? '')) ?? '',
    start,
    end,
    day: null,
    room: cleanText(String(event.getFirstPropertyValue('location') ?? '')),
    track: trackOf(event),
    speakers: speakersOf(event, description),
    abstract: abstractFrom([description], 'text'),
    url: absoluteUrl(String(event.getFirstPropertyValue('url') ?? '')),
    recorded: null,
  };
}

/** Where a calendar cut short stops: the line of the event left open, or the end. */
function checkComplete(text: string): void {
  const lines = text.split(/\r?\n/);
  let openedAt: number | null = null;
  lines.forEach((line, index) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) openedAt = index + 1;
    if (/^END:VEVENT\s*$/i.test(line)) openedAt = null;
  });
  const last =
    lines
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? '';
  if (/^END:VCALENDAR$/i.test(last)) return;
  throw new ImportProblem(
    openedAt === null
      ? `it is cut short: it stops at line ${lines.length} without END:VCALENDAR`
      : `it is cut short: the event that begins at line ${openedAt} never ends, and END:VCALENDAR is missing`,
  );
}

/** The file's text with folded lines joined on the bytes, then decoded as UTF-8. */
function unfoldedText(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return new TextDecoder('utf-8').decode(unfoldIcsBytes(bytes)).replace(/^\uFEFF/, '');
}

/**
 * Converts an iCalendar file (Sched, FOSDEM, Symposion, pretalx, Indico…) with ical.js. Zones in
 * order: UTC `Z`; TZID with its VTIMEZONE; TZID as an IANA name; floating times in X-WR-TIMEZONE,
 * else the person's zone, else the answer is that a zone is needed. Every VEVENT is kept, even
 * where UIDs repeat.
 *
 * @example convertIcal(bytes, {}).kind // "draft"
 */
export function convertIcal(
  input: string | Uint8Array,
  options: ConverterOptions,
): ConverterOutcome {
  const text = unfoldedText(input);
  checkComplete(text);
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new ImportProblem(`it could not be read: ${(error as Error).message}`);
  }
  const declared = cleanText(String(calendar.getFirstPropertyValue('x-wr-timezone') ?? ''));
  const declaredZone = declared && isTimeZoneName(declared) ? declared : null;
  const zones: ZoneContext = {
    floatingZone: declaredZone ?? options.zone ?? null,
    vtimezones: new Map(
      calendar.getAllSubcomponents('vtimezone').map((component) => {
        const zone = new ICAL.Timezone(component);
        return [zone.tzid, zone];
      }),
    ),
  };
  const talks: TalkDraft[] = [];
  const skipped: string[] = [];
  try {
    calendar.getAllSubcomponents('vevent').forEach((event, index) => {
      try {
        talks.push(readEvent(event, zones, index));
      } catch (error) {
        if (!(error instanceof ImportProblem)) throw error;
        const summary = cleanText(String(event.getFirstPropertyValue('summary') ?? ''));
        skipped.push(`${summary ? `"${summary}"` : `event ${index + 1}`}: ${error.message}`);
      }
    });
  } catch (error) {
    if (!(error instanceof NeedsZone)) throw error;
    return {
      kind: 'needs-zone',
      format: 'icalendar',
      message:
        'This calendar gives its times without a time zone. Which zone is the conference in?',
    };
  }
  const timeZone = declaredZone ?? options.zone ?? firstNamedZone(calendar) ?? 'UTC';
  const rooms = [...new Set(talks.map((talk) => talk.room).filter((room) => room !== null))];
  const name =
    cleanText(String(calendar.getFirstPropertyValue('x-wr-calname') ?? '')) ??
    cleanText(String(calendar.getFirstPropertyValue('x-wr-caldesc') ?? '')) ??
    'Calendar';
  return {
    kind: 'draft',
    draft: {
      format: 'icalendar',
      conference: { name, acronym: null, timeZone, city: null, rooms },
      talks,
      skipped,
    },
  };
}

/** The first IANA TZID the events use: the conference's zone when the calendar names none. */
function firstNamedZone(calendar: ICAL.Component): string | null {
  for (const event of calendar.getAllSubcomponents('vevent')) {
    const tzid = event.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined;
    if (tzid && isTimeZoneName(tzid)) return tzid;
  }
  return null;
}
