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

/** Talk and conference ids: safe in URL fragments and share codes (see `import/safe-id.ts`). */
export const SAFE_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The schedule formats a conference can come from: the bundled seed post or an imported file. */
export const SCHEDULE_FORMATS = [
  'seed',
  'frab-xml',
  'schedule-json',
  'pretalx-widget',
  'icalendar',
  'sessionize',
] as const;

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
    id: v.pipe(v.string(), v.regex(SAFE_ID_PATTERN)),
    title: v.pipe(v.string(), v.minLength(1)),
    speakers: v.array(SpeakerSchema),
    /** The grid column the talk sits in: its room for an imported schedule, its event for the bundled one. */
    column: v.pipe(v.string(), v.minLength(1)),
    start: IsoInstant,
    end: IsoInstant,
    /** The conference day the source files the talk under: after-midnight talks keep the day before. */
    day: IsoDate,
    room: v.nullable(v.pipe(v.string(), v.minLength(1))),
    track: v.nullable(v.pipe(v.string(), v.minLength(1))),
    /** Whether the talk will be recorded; null when the source does not say. */
    recorded: v.nullable(v.boolean()),
    /** The talk's own page, absolute; null when the source has none. */
    url: v.nullable(v.pipe(v.string(), v.url())),
    abstract: AbstractSchema,
  }),
  // Zero-length entries are real (a Sched deadline); only an end before the start is broken.
  v.check(
    (talk) => Date.parse(talk.end) >= Date.parse(talk.start),
    'a talk must not end before it starts',
  ),
);

export const ConferenceSchema = v.object({
  id: v.pipe(v.string(), v.regex(SAFE_ID_PATTERN)),
  name: v.pipe(v.string(), v.minLength(1)),
  shortName: v.pipe(v.string(), v.minLength(1)),
  /** IANA zone all times are shown in by default. */
  timeZone: v.pipe(v.string(), v.minLength(1)),
  /** null when the source does not name one (most imported files). */
  city: v.nullable(v.pipe(v.string(), v.minLength(1))),
  days: v.pipe(v.array(IsoDate), v.minLength(1)),
  /** What the grid's columns are: rooms for an imported schedule, co-located events for the bundled one. */
  columnKind: v.picklist(['room', 'event']),
  /** The grid's columns in order. */
  columns: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
  /** Where the schedule came from: opening the same conference again updates it in place. */
  source: v.object({
    format: v.picklist(SCHEDULE_FORMATS),
    /** The address it was fetched from, when known. */
    url: v.nullable(v.pipe(v.string(), v.url())),
  }),
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
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];
export type Conference = v.InferOutput<typeof ConferenceSchema>;
export type Schedule = v.InferOutput<typeof ScheduleSchema>;
