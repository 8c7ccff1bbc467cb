import * as v from 'valibot';

/** The data format version of `src/data/schedule.json`; bump it when the shape changes. */
export const SCHEDULE_SCHEMA_VERSION = 2;

/** An ISO 8601 instant with an explicit offset, e.g. `2023-11-06T09:15:00-06:00`. */
const IsoInstant = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
    'an ISO instant with offset',
  ),
);

/** A calendar date `YYYY-MM-DD` in the conference's time zone. */
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'));

const SpeakerSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  /** The speaker's company as written in the source; null when none is given. */
  affiliation: v.nullable(v.pipe(v.string(), v.minLength(1))),
});

const NonEmptyText = v.pipe(v.string(), v.minLength(1));

/** One block of an abstract: a paragraph of plain text, or a bullet list of plain-text items. */
const AbstractBlockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), text: NonEmptyText }),
  v.object({ type: v.literal('list'), items: v.pipe(v.array(NonEmptyText), v.minLength(1)) }),
]);

/**
 * A talk's abstract: structured blocks (what the extractor writes), or the source as a schedule
 * file gave it, in its own format, never run or inserted as markup.
 */
const AbstractSchema = v.variant('format', [
  v.object({ format: v.literal('blocks'), blocks: v.array(AbstractBlockSchema) }),
  v.object({ format: v.picklist(['html', 'markdown', 'text']), source: v.string() }),
]);

export const TalkSchema = v.pipe(
  v.object({
    /** Stable id: the event id at the end of the talk's schedule link, e.g. `1Rj0z`. */
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/)),
    title: v.pipe(v.string(), v.minLength(1)),
    speakers: v.array(SpeakerSchema),
    /** The event (or track) the talk belongs to; one grid column each. */
    event: v.pipe(v.string(), v.minLength(1)),
    start: IsoInstant,
    end: IsoInstant,
    url: v.pipe(v.string(), v.url()),
    abstract: AbstractSchema,
  }),
  v.check(
    (talk) => Date.parse(talk.end) > Date.parse(talk.start),
    'a talk must end after it starts',
  ),
);

export const ConferenceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.minLength(1)),
  shortName: v.pipe(v.string(), v.minLength(1)),
  /** IANA zone all times are shown in by default. */
  timeZone: v.pipe(v.string(), v.minLength(1)),
  city: v.pipe(v.string(), v.minLength(1)),
  days: v.pipe(v.array(IsoDate), v.minLength(1)),
  /** Events (tracks) in column order. */
  events: v.pipe(v.array(v.string()), v.minLength(1)),
});

export const ScheduleSchema = v.object({
  schemaVersion: v.literal(SCHEDULE_SCHEMA_VERSION),
  conference: ConferenceSchema,
  talks: v.array(TalkSchema),
});

export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type Abstract = v.InferOutput<typeof AbstractSchema>;
export type AbstractBlock = v.InferOutput<typeof AbstractBlockSchema>;
export type Talk = v.InferOutput<typeof TalkSchema>;
export type Conference = v.InferOutput<typeof ConferenceSchema>;
export type Schedule = v.InferOutput<typeof ScheduleSchema>;
