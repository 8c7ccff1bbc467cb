import { addDays } from '../../src/domain/import/source-time';
import type { Conference, Schedule, Talk } from '../../src/domain/schedule-schema';
import { SCHEDULE_SCHEMA_VERSION } from '../../src/domain/schedule-schema';
import { wallTimeToInstant } from '../../src/domain/time/wall-time-to-instant';
import { seededRandom, type SeededRandom } from './seeded-random';
import { abstractFor, speakersFor, spread, TOPICS } from './synthetic-schedule';

/** How big a congress to make; the same seed gives the same schedule. */
export interface CongressShape {
  events: number;
  rooms: number;
  days: number;
  seed: number;
}

/** About the size of a Chaos Communication Congress: 1,400 events in 90 rooms over 4 days. */
export const CCC_SHAPE: CongressShape = { events: 1400, rooms: 90, days: 4, seed: 38 };

const FIRST_DAY = '2026-12-27';
const TIME_ZONE = 'Europe/Berlin';

/** The big halls: talks back to back from late morning until after midnight. */
const STAGES = ['Saal 1', 'Saal GLITTER', 'Saal ZIGZAG', 'Saal FUSE', 'Saal HUFF', 'Saal DOOR'];
/** A stage holds about five times the events of a workshop room or an assembly. */
const STAGE_WEIGHT = 5;

const TRACKS = [
  'Security',
  'Hardware & Making',
  'Ethics, Society & Politics',
  'Science',
  'Art & Culture',
  'CCC',
  'Entertainment',
  'Resilience & Sustainability',
] as const;

interface RoomKind {
  /** Minutes after the day's midnight; past 24 × 60 is after midnight, still the same congress day. */
  opens: number;
  closes: number;
  durations: readonly (readonly [number, number])[];
  gaps: readonly (readonly [number, number])[];
  /** When the first event starts, in minutes after opening. */
  firstAfter: readonly (readonly [number, number])[];
}

const STAGE: RoomKind = {
  opens: 10 * 60 + 30,
  closes: 25 * 60 + 30,
  durations: [
    [40, 60],
    [60, 25],
    [20, 15],
  ],
  gaps: [[20, 1]],
  firstAfter: [[0, 1]],
};

const SMALL_ROOM: RoomKind = {
  opens: 10 * 60,
  closes: 26 * 60,
  durations: [
    [30, 20],
    [45, 15],
    [60, 30],
    [90, 15],
    [120, 15],
    [180, 5],
  ],
  gaps: [
    [0, 20],
    [15, 30],
    [30, 25],
    [60, 15],
    [120, 10],
  ],
  firstAfter: [
    [0, 30],
    [60, 30],
    [120, 20],
    [240, 20],
  ],
};

/** Shortest event: a room never holds more events than fit at this length. */
const SHORTEST = 15;

function roomNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i < STAGES.length) return STAGES[i] as string;
    const n = i - STAGES.length + 1;
    return n % 3 === 0 ? `Workshop Room ${n}` : `Assembly ${String(n).padStart(2, '0')}`;
  });
}

/**
 * Splits `total` in proportion to `weights` into whole numbers that add up to `total`: floors
 * first, the rest to the largest remainders (ties to the earlier), so the result is repeatable.
 */
export function weightedSpread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder.slice(0, left)) counts[index] = (counts[index] ?? 0) + 1;
  return counts;
}

/** One room's events on one day: back to back with gaps, all within the room's hours. */
function roomDay(
  random: SeededRandom,
  kind: RoomKind,
  count: number,
): { from: number; to: number }[] {
  const slots: { from: number; to: number }[] = [];
  let minute = kind.opens + random.weighted(kind.firstAfter);
  // A late first start must still leave room for every event at its shortest.
  minute = Math.min(minute, kind.closes - count * SHORTEST);
  for (let n = 0; n < count; n += 1) {
    const stillToCome = (count - n - 1) * SHORTEST;
    const room = kind.closes - minute - stillToCome;
    const duration = Math.max(SHORTEST, Math.min(random.weighted(kind.durations), room));
    slots.push({ from: minute, to: minute + duration });
    minute += duration;
    const gap = random.weighted(kind.gaps);
    if (kind.closes - minute - stillToCome >= gap) minute += gap;
  }
  return slots;
}

/**
 * A made-up congress shaped like a Chaos Communication Congress: a few big stages with talks from
 * late morning until after midnight, and many workshop rooms and assemblies with a few longer
 * sessions each, in Berlin time; events after midnight stay on the congress day they belong to.
 *
 * @example generateCongressSchedule(CCC_SHAPE).talks.length // 1400
 */
export function generateCongressSchedule(shape: CongressShape): Schedule {
  const random = seededRandom(shape.seed);
  const rooms = roomNames(shape.rooms);
  const days = Array.from({ length: shape.days }, (_, i) => addDays(FIRST_DAY, i));
  const weights = rooms.map((_, i) => (i < STAGES.length ? STAGE_WEIGHT : 1));
  const perDay = spread(shape.events, shape.days);
  const talks: Talk[] = [];
  days.forEach((date, dayIndex) => {
    const perRoom = weightedSpread(perDay[dayIndex] ?? 0, weights);
    rooms.forEach((room, roomIndex) => {
      const kind = roomIndex < STAGES.length ? STAGE : SMALL_ROOM;
      const track = TRACKS[roomIndex % TRACKS.length] as string;
      for (const slot of roomDay(random, kind, perRoom[roomIndex] ?? 0)) {
        const at = (minute: number) =>
          wallTimeToInstant(
            {
              date: addDays(date, Math.floor(minute / 1440)),
              hour: Math.floor((minute % 1440) / 60),
              minute: minute % 60,
            },
            TIME_ZONE,
          );
        const topic = random.pick(TOPICS);
        const id = `ccc${talks.length.toString(36).padStart(4, '0')}`;
        talks.push({
          id,
          title: `${topic} for ${random.pick(TRACKS)} people, part ${random.int(1, 9)}`,
          speakers: speakersFor(random),
          column: room,
          start: at(slot.from),
          end: at(slot.to),
          day: date,
          room,
          track,
          recorded: roomIndex < STAGES.length ? true : null,
          url: `https://example.org/congress/${id}`,
          abstract: abstractFor(random, topic),
        });
      }
    });
  });
  const conference: Conference = {
    id: 'congress-synthetic',
    name: 'Synthetic Congress',
    shortName: 'Congress (synthetic)',
    timeZone: TIME_ZONE,
    city: 'Hamburg',
    days,
    columnKind: 'room',
    columns: rooms,
    source: { format: 'frab-xml', url: null },
  };
  return { schemaVersion: SCHEDULE_SCHEMA_VERSION, conference, talks };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `HH:MM` of an ISO instant with offset, as it reads on the wall there. */
const clock = (iso: string) => iso.slice(11, 16);

const hoursMinutes = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const abstractText = (talk: Talk) =>
  talk.abstract.format === 'blocks'
    ? talk.abstract.blocks.map((block) => ('text' in block ? block.text : '')).join('\n\n')
    : talk.abstract.source;

/**
 * The schedule as frab `schedule.xml`, the format the congress publishes, to be opened through the
 * app's "Open a schedule" as a person would: days from 06:00 to 06:00, rooms in the grid's order,
 * every event with its own `<date>` (so times after midnight need no guessing).
 */
export function congressScheduleXml(schedule: Schedule): string {
  const { conference, talks } = schedule;
  const numbers = new Map(talks.map((talk, index) => [talk.id, index + 1]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '  <version>bench</version>',
    '  <conference>',
    `    <acronym>${escapeXml(conference.id)}</acronym>`,
    `    <title>${escapeXml(conference.name)}</title>`,
    `    <start>${conference.days[0]}</start>`,
    `    <end>${conference.days[conference.days.length - 1]}</end>`,
    `    <days>${conference.days.length}</days>`,
    '    <day_change>06:00</day_change>',
    `    <time_zone_name>${conference.timeZone}</time_zone_name>`,
    '  </conference>',
  ];
  conference.days.forEach((date, index) => {
    const dayStart = wallTimeToInstant({ date, hour: 6, minute: 0 }, conference.timeZone);
    const dayEnd = wallTimeToInstant(
      { date: addDays(date, 1), hour: 6, minute: 0 },
      conference.timeZone,
    );
    lines.push(`  <day index="${index + 1}" date="${date}" start="${dayStart}" end="${dayEnd}">`);
    for (const room of conference.columns) {
      lines.push(`    <room name="${escapeXml(room)}">`);
      talks
        .filter((talk) => talk.day === date && talk.column === room)
        .forEach((talk) => {
          const minutes = (Date.parse(talk.end) - Date.parse(talk.start)) / 60_000;
          const number = numbers.get(talk.id) ?? 0;
          lines.push(
            `      <event guid="${talk.id}" id="${number}">`,
            `        <date>${talk.start}</date>`,
            `        <start>${clock(talk.start)}</start>`,
            `        <duration>${hoursMinutes(minutes)}</duration>`,
            `        <room>${escapeXml(room)}</room>`,
            `        <title>${escapeXml(talk.title)}</title>`,
            `        <track>${escapeXml(talk.track ?? '')}</track>`,
            '        <type>lecture</type>',
            `        <abstract>${escapeXml(abstractText(talk))}</abstract>`,
            '        <persons>',
            ...talk.speakers.map(
              (speaker, i) => `          <person id="${i + 1}">${escapeXml(speaker.name)}</person>`,
            ),
            '        </persons>',
            `        <url>${escapeXml(talk.url ?? '')}</url>`,
            ...(talk.recorded === null
              ? []
              : [`        <recording><optout>${String(!talk.recorded)}</optout></recording>`]),
            '      </event>',
          );
        });
      lines.push('    </room>');
    }
    lines.push('  </day>');
  });
  lines.push('</schedule>', '');
  return lines.join('\n');
}
