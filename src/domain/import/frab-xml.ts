import type { Speaker } from '@/domain/schedule-schema';
import { dayOf } from '@/domain/time/conference-day';
import { wallTimeToInstant } from '@/domain/time/wall-time-to-instant';
import { ImportProblem } from './import-problem';
import { durationMinutes } from './parse-duration';
import { addDays, offsetOf, readInstant, readWallTime } from './source-time';
import { absoluteUrl, abstractFrom, cleanText } from './source-text';
import { zoneInOrder } from './source-zone';
import type { ConverterOptions, ConverterOutcome, TalkDraft } from './talk-draft';
import { childElement, childElements, childText, type ParseXml, type XmlElement } from './xml-tree';

/** Producers whose files name no zone but always mean one. */
const KNOWN_ZONES: [RegExp, string][] = [[/^fosdem/i, 'Europe/Brussels']];

interface FrabContext {
  acronym: string;
  generator: string;
  timeZone: string;
  baseUrl: string | null;
  dayChange: string | null;
}

interface DayContext {
  /** The day as the source files it: the local date of its start, else its own date. */
  day: string;
  date: string | null;
  start: string | null;
}

function firstOffset(root: XmlElement): number | null {
  for (const day of childElements(root, 'day')) {
    const start = day.getAttribute('start');
    if (start && offsetOf(start) !== null) return offsetOf(start);
    for (const event of childElements(day, 'room').flatMap((room) =>
      childElements(room, 'event'),
    )) {
      const date = childText(event, 'date');
      if (date && offsetOf(date) !== null) return offsetOf(date);
    }
  }
  return null;
}

/** The zone in the reference's order (see zoneInOrder), then a known producer's. */
function resolveZone(root: XmlElement, acronym: string, options: ConverterOptions): string | null {
  const named = childText(childElement(root, 'conference') ?? root, 'time_zone_name');
  return (
    zoneInOrder(named, options.zone, () => firstOffset(root)) ??
    KNOWN_ZONES.find(([pattern]) => pattern.test(acronym))?.[1] ??
    null
  );
}

/** Minutes since midnight of a clock time `H:MM[:SS]`. */
function minutesOfClock(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** When the event starts: its own `date` (with offset) wins over the day's date plus `start`. */
function startOf(event: XmlElement, day: DayContext, context: FrabContext): number {
  const date = cleanText(childText(event, 'date'));
  if (date) return readInstant(date);
  const start = cleanText(childText(event, 'start'));
  if (!start || !day.date)
    throw new ImportProblem('it has neither a date nor a day and start time');
  const wall = readWallTime(`${day.date}T${start.padStart(5, '0')}`);
  // Before the day change (or the day's own start) the clock has passed midnight: the next date.
  const dayStart = context.dayChange ?? day.start?.slice(11, 16) ?? null;
  const dayStartMinutes = dayStart === null ? null : minutesOfClock(dayStart);
  const afterMidnight = dayStartMinutes !== null && wall.hour * 60 + wall.minute < dayStartMinutes;
  const onDate = afterMidnight ? addDays(wall.date, 1) : wall.date;
  return Date.parse(wallTimeToInstant({ ...wall, date: onDate }, context.timeZone));
}

function speakersOf(event: XmlElement): Speaker[] {
  const persons = childElement(event, 'persons');
  if (!persons) return [];
  return childElements(persons, 'person')
    .map((person) => cleanText(person.textContent))
    .filter((name): name is string => name !== null)
    .map((name) => ({ name, affiliation: null }));
}

function recordedOf(event: XmlElement): boolean | null {
  const optout = cleanText(childText(childElement(event, 'recording') ?? event, 'optout'));
  if (optout === 'true') return false;
  if (optout === 'false') return true;
  return null;
}

function readEvent(
  event: XmlElement,
  roomName: string | null,
  day: DayContext,
  context: FrabContext,
): TalkDraft {
  const start = startOf(event, day, context);
  const duration = durationMinutes(childText(event, 'duration') ?? '', {
    threePartsMeanDays: context.generator === 'pretalx',
  });
  const guid = cleanText(event.getAttribute('guid'));
  return {
    uid: guid ?? `${context.acronym}/${event.getAttribute('id') ?? ''}`,
    title: cleanText(childText(event, 'title')) ?? '',
    start,
    end: start + duration * 60_000,
    day: day.day,
    room: cleanText(childText(event, 'room')) ?? roomName,
    track: cleanText(childText(event, 'track')),
    speakers: speakersOf(event),
    abstract: abstractFrom(
      [childText(event, 'abstract'), childText(event, 'description')],
      'markdown',
    ),
    url: absoluteUrl(childText(event, 'url'), context.baseUrl),
    recorded: recordedOf(event),
  };
}

/** The events of a `<day>`, each with the name of the `<room>` around it (events may sit bare). */
function eventsOfDay(day: XmlElement): { event: XmlElement; room: string | null }[] {
  const bare = childElements(day, 'event').map((event) => ({ event, room: null }));
  const inRooms = childElements(day, 'room').flatMap((room) =>
    childElements(room, 'event').map((event) => ({
      event,
      room: cleanText(room.getAttribute('name')),
    })),
  );
  return [...inRooms, ...bare];
}

/**
 * Converts frab/Pentabarf `schedule.xml` (FOSDEM, CCC, pretalx, wafer) into a schedule draft.
 * The XML parser is injected: saxes in the import worker, @xmldom/xmldom in Node.
 *
 * @example convertFrabXml(text, { parseXml }).kind // "draft"
 */
export function convertFrabXml(
  text: string,
  options: ConverterOptions & { parseXml: ParseXml },
): ConverterOutcome {
  let root: XmlElement;
  try {
    root = options.parseXml(text);
  } catch (error) {
    throw new ImportProblem(`the XML is malformed: ${(error as Error).message}`);
  }
  if (root.nodeName !== 'schedule') {
    throw new ImportProblem(`its root element is <${root.nodeName}>, not <schedule>`);
  }
  const conference = childElement(root, 'conference');
  const acronym = cleanText(childText(conference ?? root, 'acronym'));
  const title = cleanText(childText(conference ?? root, 'title'));
  const timeZone = resolveZone(root, acronym ?? '', options);
  if (!timeZone) {
    return {
      kind: 'needs-zone',
      format: 'frab-xml',
      message:
        'This schedule gives its times without a time zone. Which zone is the conference in?',
    };
  }
  const context: FrabContext = {
    acronym: acronym ?? title ?? 'schedule',
    generator: childElement(root, 'generator')?.getAttribute('name') ?? '',
    timeZone,
    baseUrl: absoluteUrl(childText(conference ?? root, 'base_url'), options.sourceUrl),
    dayChange: cleanText(childText(conference ?? root, 'day_change')),
  };
  const talks: TalkDraft[] = [];
  const skipped: string[] = [];
  const rooms: string[] = [];
  childElements(root, 'day').forEach((dayElement, dayIndex) => {
    const date = cleanText(dayElement.getAttribute('date'));
    const start = cleanText(dayElement.getAttribute('start'));
    let dayKey = date;
    if (start && offsetOf(start) !== null) dayKey = dayOf(start, timeZone);
    const day: DayContext = { day: dayKey ?? '', date, start };
    for (const room of childElements(dayElement, 'room')) {
      const name = cleanText(room.getAttribute('name'));
      if (name && !rooms.includes(name)) rooms.push(name);
    }
    for (const { event, room } of eventsOfDay(dayElement)) {
      try {
        if (!dayKey) throw new ImportProblem('its <day> has no date');
        talks.push(readEvent(event, room, day, context));
      } catch (error) {
        if (!(error instanceof ImportProblem)) throw error;
        const name = cleanText(childText(event, 'title')) ?? `event ${event.getAttribute('id')}`;
        skipped.push(`"${name}" (day ${dayIndex + 1}): ${error.message}`);
      }
    }
  });
  return {
    kind: 'draft',
    draft: {
      format: 'frab-xml',
      conference: {
        name: title ?? acronym ?? 'Schedule',
        acronym,
        timeZone,
        city: cleanText(childText(conference ?? root, 'city')),
        rooms,
      },
      talks,
      skipped,
    },
  };
}
