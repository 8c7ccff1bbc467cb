import * as v from 'valibot';
import {
  SCHEDULE_SCHEMA_VERSION,
  TalkSchema,
  type Conference,
  type Schedule,
  type Talk,
} from '@/domain/schedule-schema';
import { dayOf } from '@/domain/time/conference-day';
import { instantInZone } from '@/domain/time/instant-in-zone';
import { safeId } from './safe-id';
import type { ScheduleDraft, TalkDraft } from './talk-draft';

/** The grid column of events that name no room. */
export const NO_ROOM_COLUMN = 'No room given';

/**
 * Each draft's source key, made unique and safe: a key that repeats in the file (frab ids, reused
 * guids, iCalendar UIDs) gets the event's start, and a true duplicate its position among equals.
 */
function talkIds(talks: readonly TalkDraft[]): string[] {
  const count = new Map<string, number>();
  for (const talk of talks) count.set(talk.uid, (count.get(talk.uid) ?? 0) + 1);
  const seen = new Map<string, number>();
  return talks.map((talk) => {
    let key = talk.uid;
    if ((count.get(key) ?? 0) > 1) key = `${key}@${new Date(talk.start).toISOString()}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    return safeId(nth > 1 ? `${key}#${nth}` : key);
  });
}

function conferenceId(draft: ScheduleDraft, sourceUrl: string | null, firstDay: string): string {
  const { acronym, name } = draft.conference;
  if (acronym) return safeId(acronym);
  if (sourceUrl) return safeId(sourceUrl.replace(/^https?:\/\//, ''));
  // Nothing names it: the format, the first day and the name together stand for it.
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return safeId(`${draft.format}-${firstDay}-${slug}`);
}

const byTime = (a: Talk, b: Talk) =>
  Date.parse(a.start) - Date.parse(b.start) ||
  Date.parse(a.end) - Date.parse(b.end) ||
  a.title.localeCompare(b.title);

/** The schedule a draft makes, and the drafts that failed the schema, each with why. */
export interface BuiltSchedule {
  schedule: Schedule;
  skipped: string[];
}

/**
 * Settles a converter's draft into the app's one schedule schema: safe stable ids, instants in the
 * conference's offsets, the source's days, rooms as grid columns; events the schema refuses are
 * skipped with the reason, never the whole file. Returns null when no event is left.
 */
export function buildSchedule(
  draft: ScheduleDraft,
  sourceUrl: string | null,
): BuiltSchedule | null {
  const { timeZone } = draft.conference;
  const ids = talkIds(draft.talks);
  const skipped = [...draft.skipped];
  const talks: Talk[] = [];
  draft.talks.forEach((talk, index) => {
    const start = instantInZone(talk.start, timeZone);
    const candidate = {
      id: ids[index],
      title: talk.title,
      speakers: talk.speakers,
      column: talk.room ?? NO_ROOM_COLUMN,
      start,
      end: instantInZone(talk.end, timeZone),
      day: talk.day ?? dayOf(start, timeZone),
      room: talk.room,
      track: talk.track,
      recorded: talk.recorded,
      url: talk.url,
      abstract: talk.abstract,
    };
    const result = v.safeParse(TalkSchema, candidate);
    if (result.success) talks.push(result.output);
    else {
      const issue = result.issues[0];
      const where = issue ? (v.getDotPath(issue) ?? 'it') : 'it';
      skipped.push(`"${talk.title || talk.uid}": ${where} is invalid (${issue?.message ?? '?'})`);
    }
  });
  if (talks.length === 0) return null;
  talks.sort(byTime);

  const usedRooms = new Set(talks.map((talk) => talk.column));
  const columns = [...new Set([...draft.conference.rooms, ...talks.map((t) => t.column)])]
    .filter((room) => room !== NO_ROOM_COLUMN && usedRooms.has(room))
    .concat(usedRooms.has(NO_ROOM_COLUMN) ? [NO_ROOM_COLUMN] : []);
  const days = [...new Set(talks.map((talk) => talk.day))].sort();
  const conference: Conference = {
    id: conferenceId(draft, sourceUrl, days[0] ?? ''),
    name: draft.conference.name,
    shortName: draft.conference.acronym ?? draft.conference.name,
    timeZone,
    city: draft.conference.city,
    days,
    columnKind: 'room',
    columns,
    source: { format: draft.format, url: sourceUrl },
  };
  return { schedule: { schemaVersion: SCHEDULE_SCHEMA_VERSION, conference, talks }, skipped };
}
