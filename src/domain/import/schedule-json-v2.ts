import * as v from 'valibot';
import { ImportProblem } from './import-problem';
import { offsetOf, readInstant } from './source-time';
import {
  OptionalText,
  readSharedFields,
  SHARED_EVENT_FIELDS,
  skippedEventName,
  speakersNamed,
} from './schedule-json-event';
import {
  SCHEDULE_JSON_NEEDS_ZONE,
  scheduleJsonDraft,
  SHARED_CONFERENCE_FIELDS,
} from './schedule-json-conference';
import { absoluteUrl, cleanText } from './source-text';
import { zoneInOrder } from './source-zone';
import type { ConverterOptions, ConverterOutcome, TalkDraft } from './talk-draft';
import { parseOrProblem } from './valibot-problem';

const Named = v.object({ name: OptionalText, slug: OptionalText });

const EventSchema = v.object({
  ...SHARED_EVENT_FIELDS,
  start: v.string(),
  end: v.string(),
  room: v.nullish(v.union([v.string(), Named])),
  track: v.nullish(v.union([v.string(), Named])),
  participants: v.optional(v.array(v.object({ name: OptionalText, role: OptionalText })), []),
});

/** The draft "schedule 2.0" (c3voc schema2.json): flat `events[]` with ISO start and end. */
const ScheduleV2Schema = v.object({
  schedule: v.object({
    base_url: OptionalText,
    conference: v.object({
      ...SHARED_CONFERENCE_FIELDS,
      tracks: v.optional(v.array(v.object({ name: v.string(), slug: OptionalText })), []),
    }),
    events: v.array(v.unknown()),
  }),
});

/** A room or track given as a name, or as an object with a name or only a slug. */
function nameOf(
  value: string | v.InferOutput<typeof Named> | null | undefined,
  slugs: Map<string, string>,
) {
  if (value == null) return null;
  if (typeof value === 'string') return cleanText(value);
  return cleanText(value.name) ?? cleanText(slugs.get(value.slug ?? ''));
}

/**
 * Converts a schedule 2.0 file (the c3voc draft, used by the CCC hub) into a schedule draft.
 *
 * @example convertScheduleJsonV2(JSON.parse(text), {}).kind // "draft"
 */
export function convertScheduleJsonV2(json: unknown, options: ConverterOptions): ConverterOutcome {
  const { conference, events, base_url } = parseOrProblem(ScheduleV2Schema, json).schedule;
  // The offset is the first event's: version 2 has no days.
  const timeZone = zoneInOrder(conference.time_zone_name, options.zone, () => {
    const firstStart = (events[0] as { start?: unknown } | undefined)?.start;
    return typeof firstStart === 'string' ? offsetOf(firstStart) : null;
  });
  if (!timeZone) return SCHEDULE_JSON_NEEDS_ZONE;
  const tracks = new Map(conference.tracks.map((track) => [track.slug ?? '', track.name]));
  const baseUrl = absoluteUrl(base_url, options.sourceUrl);
  const talks: TalkDraft[] = [];
  const skipped: string[] = [];
  events.forEach((raw, index) => {
    try {
      const event = parseOrProblem(EventSchema, raw);
      talks.push({
        ...readSharedFields(event, `${conference.acronym}/${index}`, baseUrl),
        start: readInstant(event.start),
        end: readInstant(event.end),
        day: null,
        room: nameOf(event.room, new Map()),
        track: nameOf(event.track, tracks),
        speakers: speakersNamed(
          event.participants
            .filter((person) => (person.role ?? 'SPEAKER') === 'SPEAKER')
            .map((person) => person.name),
        ),
      });
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      skipped.push(`${skippedEventName(raw, `event ${index + 1}`)}: ${error.message}`);
    }
  });
  const rooms = conference.rooms.map((room) => room.name.trim());
  return scheduleJsonDraft(conference, timeZone, rooms, talks, skipped);
}
