import * as v from 'valibot';
import { OptionalText } from './schedule-json-event';
import { cleanText } from './source-text';
import type { ConverterOutcome, TalkDraft } from './talk-draft';

/** The conference fields schedule.json versions 1 and 2 share, for both versions' schemas. */
export const SHARED_CONFERENCE_FIELDS = {
  acronym: v.string(),
  title: v.string(),
  time_zone_name: OptionalText,
  rooms: v.optional(v.array(v.object({ name: v.string() })), []),
};

type SharedConference = v.InferOutput<v.ObjectSchema<typeof SHARED_CONFERENCE_FIELDS, undefined>>;

/** Either version's reading of a file, once its zone, rooms, talks and skipped events are known. */
export function scheduleJsonDraft(
  conference: SharedConference,
  timeZone: string,
  rooms: string[],
  talks: TalkDraft[],
  skipped: string[],
): ConverterOutcome {
  return {
    kind: 'draft',
    draft: {
      format: 'schedule-json',
      conference: {
        name: cleanText(conference.title) ?? conference.acronym,
        acronym: cleanText(conference.acronym),
        timeZone,
        city: null,
        rooms,
      },
      talks,
      skipped,
    },
  };
}

/** The answer of either version when the file names no zone and none was given. */
export const SCHEDULE_JSON_NEEDS_ZONE: ConverterOutcome = {
  kind: 'needs-zone',
  format: 'schedule-json',
  message: 'This schedule gives its times without a time zone. Which zone is the conference in?',
};
