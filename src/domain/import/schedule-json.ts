import * as v from 'valibot';
import { dayOf } from '@/domain/time/conference-day';
import { ImportProblem } from './import-problem';
import { durationMinutes } from './parse-duration';
import {
  SCHEDULE_JSON_NEEDS_ZONE,
  scheduleJsonDraft,
  SHARED_CONFERENCE_FIELDS,
} from './schedule-json-conference';
import { convertScheduleJsonV2 } from './schedule-json-v2';
import { offsetOf, readInstant } from './source-time';
import {
  OptionalText,
  readSharedFields,
  SHARED_EVENT_FIELDS,
  skippedEventName,
  speakersNamed,
} from './schedule-json-event';
import { absoluteUrl, cleanText } from './source-text';
import { zoneInOrder } from './source-zone';
import type { ConverterOptions, ConverterOutcome, TalkDraft } from './talk-draft';
import { parseOrProblem } from './valibot-problem';

const EventSchema = v.object({
  ...SHARED_EVENT_FIELDS,
  id: v.nullish(v.union([v.number(), v.string()])),
  date: v.string(),
  duration: OptionalText,
  end: OptionalText,
  room: OptionalText,
  track: OptionalText,
  persons: v.optional(v.array(v.object({ public_name: OptionalText, name: OptionalText })), []),
});

const DaySchema = v.object({
  date: v.string(),
  day_start: OptionalText,
  rooms: v.record(v.string(), v.array(v.unknown())),
});

/** schedule.json version 1, as c3voc's schema describes it, read loosely (no real file passes it). */
const ScheduleJsonSchema = v.object({
  schedule: v.object({
    base_url: OptionalText,
    conference: v.object({ ...SHARED_CONFERENCE_FIELDS, days: v.array(DaySchema) }),
  }),
});

type ScheduleJson = v.InferOutput<typeof ScheduleJsonSchema>;

/** The zone in the reference's order; the offset is the first a day's start carries. */
function resolveZone(data: ScheduleJson, options: ConverterOptions): string | null {
  const { conference } = data.schedule;
  return zoneInOrder(conference.time_zone_name, options.zone, () => {
    for (const day of conference.days) {
      const offset = offsetOf(day.day_start ?? '');
      if (offset !== null) return offset;
    }
    return null;
  });
}

function readEvent(
  raw: unknown,
  roomKey: string,
  day: string,
  acronym: string,
  baseUrl: string | null,
): TalkDraft {
  const event = parseOrProblem(EventSchema, raw);
  // The offset in `date` is the truth, even where time_zone_name says otherwise.
  const start = readInstant(event.date);
  const end = event.end
    ? readInstant(event.end)
    : start + durationMinutes(event.duration ?? '') * 60_000;
  return {
    ...readSharedFields(event, `${acronym}/${event.id ?? ''}`, baseUrl),
    start,
    end,
    day,
    room: cleanText(event.room) ?? cleanText(roomKey),
    track: cleanText(event.track),
    speakers: speakersNamed(event.persons.map((person) => person.public_name ?? person.name)),
  };
}

/**
 * Converts a c3voc/pretalx/frab `schedule.json` into a schedule draft: version 1 (days, rooms,
 * events), or the flat version 2 draft.
 *
 * @example convertScheduleJson(JSON.parse(text), {}).kind // "draft"
 */
export function convertScheduleJson(json: unknown, options: ConverterOptions): ConverterOutcome {
  const schedule = (json as { schedule?: { events?: unknown } } | null)?.schedule;
  if (Array.isArray(schedule?.events)) return convertScheduleJsonV2(json, options);
  const data = parseOrProblem(ScheduleJsonSchema, json);
  const { conference } = data.schedule;
  const timeZone = resolveZone(data, options);
  if (!timeZone) return SCHEDULE_JSON_NEEDS_ZONE;
  const baseUrl = absoluteUrl(data.schedule.base_url, options.sourceUrl);
  const talks: TalkDraft[] = [];
  const skipped: string[] = [];
  const rooms = conference.rooms.map((room) => room.name.trim());
  conference.days.forEach((day, dayIndex) => {
    const dayKey =
      day.day_start && offsetOf(day.day_start) !== null ? dayOf(day.day_start, timeZone) : day.date;
    for (const [roomKey, events] of Object.entries(day.rooms)) {
      if (!rooms.includes(roomKey.trim())) rooms.push(roomKey.trim());
      events.forEach((raw, index) => {
        try {
          talks.push(readEvent(raw, roomKey, dayKey, conference.acronym, baseUrl));
        } catch (error) {
          if (!(error instanceof ImportProblem)) throw error;
          const name = skippedEventName(raw, `event ${index + 1} in ${roomKey}`);
          skipped.push(`${name} (day ${dayIndex + 1}): ${error.message}`);
        }
      });
    }
  });
  return scheduleJsonDraft(conference, timeZone, rooms, talks, skipped);
}
