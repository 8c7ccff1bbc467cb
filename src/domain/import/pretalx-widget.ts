import * as v from 'valibot';
import { ImportProblem } from './import-problem';
import { readInstant } from './source-time';
import { abstractFrom, cleanText } from './source-text';
import { zoneInOrder } from './source-zone';
import type { ConverterOptions, ConverterOutcome, TalkDraft } from './talk-draft';
import { parseOrProblem } from './valibot-problem';

/** A name in one language, or in several (`{"en": "Break", "es": "Receso"}`). */
const I18nText = v.union([v.string(), v.record(v.string(), v.string())]);

const TalkSchema = v.object({
  code: v.nullish(v.string()),
  id: v.number(),
  title: I18nText,
  abstract: v.nullish(v.string()),
  speakers: v.optional(v.array(v.string()), []),
  track: v.nullish(v.number()),
  room: v.nullish(v.number()),
  start: v.string(),
  end: v.string(),
});

const WidgetSchema = v.object({
  talks: v.array(v.unknown()),
  schedule_id: v.union([v.number(), v.string()]),
  timezone: v.nullish(v.string()),
  rooms: v.optional(v.array(v.object({ id: v.number(), name: I18nText })), []),
  tracks: v.optional(v.array(v.object({ id: v.number(), name: I18nText })), []),
  speakers: v.optional(v.array(v.object({ code: v.string(), name: v.string() })), []),
});

/**
 * One language's text of an i18n name: English when there is one, else the first given.
 *
 * @example textOf({ en: 'Break', es: 'Receso' }) // "Break"
 */
export function textOf(name: string | Record<string, string>): string {
  if (typeof name === 'string') return name;
  return name.en ?? Object.values(name)[0] ?? '';
}

/** The talk page pretalx serves beside its widget, when the file's address is known. */
function talkUrl(sourceUrl: string | undefined, code: string | null | undefined): string | null {
  const match = /^(https?:\/\/[^/]+\/[^/]+)\/schedule\/widgets?\/schedule\.json/.exec(
    sourceUrl ?? '',
  );
  return match && code ? `${match[1]}/talk/${code}/` : null;
}

/**
 * Converts pretalx's schedule widget JSON (`/<event>/schedule/widgets/schedule.json`) into a draft.
 * Breaks have no code and i18n titles; their start is UTC and their end local: both are instants.
 *
 * @example convertPretalxWidget(JSON.parse(text), {}).kind // "draft"
 */
export function convertPretalxWidget(json: unknown, options: ConverterOptions): ConverterOutcome {
  const data = parseOrProblem(WidgetSchema, json);
  // No zone from offsets: a break's start is in UTC and its end local (see above).
  const timeZone = zoneInOrder(data.timezone, options.zone, () => null);
  if (!timeZone) {
    return {
      kind: 'needs-zone',
      format: 'pretalx-widget',
      message: 'This schedule names no time zone. Which zone is the conference in?',
    };
  }
  const rooms = new Map(data.rooms.map((room) => [room.id, textOf(room.name).trim()]));
  const tracks = new Map(data.tracks.map((track) => [track.id, textOf(track.name).trim()]));
  const speakers = new Map(data.speakers.map((speaker) => [speaker.code, speaker.name.trim()]));
  const talks: TalkDraft[] = [];
  const skipped: string[] = [];
  data.talks.forEach((raw, index) => {
    try {
      const talk = parseOrProblem(TalkSchema, raw);
      talks.push({
        uid: talk.code ?? `slot-${talk.id}`,
        title: cleanText(textOf(talk.title)) ?? '',
        start: readInstant(talk.start),
        end: readInstant(talk.end),
        day: null,
        room: talk.room == null ? null : (cleanText(rooms.get(talk.room)) ?? null),
        track: talk.track == null ? null : (cleanText(tracks.get(talk.track)) ?? null),
        speakers: talk.speakers
          .map((code) => speakers.get(code))
          .filter((name): name is string => !!name)
          .map((name) => ({ name, affiliation: null })),
        abstract: abstractFrom([talk.abstract], 'markdown'),
        url: talkUrl(options.sourceUrl, talk.code),
        recorded: null,
      });
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      skipped.push(`talk ${index + 1}: ${error.message}`);
    }
  });
  const slug = /^https?:\/\/[^/]+\/([^/]+)\/schedule\//.exec(options.sourceUrl ?? '')?.[1];
  return {
    kind: 'draft',
    draft: {
      format: 'pretalx-widget',
      conference: {
        name: slug ?? `pretalx schedule ${data.schedule_id}`,
        acronym: slug ?? null,
        timeZone,
        city: null,
        rooms: [...rooms.values()],
      },
      talks,
      skipped,
    },
  };
}
