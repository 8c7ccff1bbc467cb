import * as v from 'valibot';
import { isTimeZoneName } from '@/domain/time/time-zone-name';
import { wallTimeToInstant } from '@/domain/time/wall-time-to-instant';
import { ImportProblem } from './import-problem';
import { readWallTime } from './source-time';
import { abstractFrom, cleanText } from './source-text';
import type { ConverterOptions, ConverterOutcome, TalkDraft } from './talk-draft';
import { parseOrProblem } from './valibot-problem';

const SessionSchema = v.object({
  id: v.union([v.string(), v.number()]),
  title: v.string(),
  description: v.nullish(v.string()),
  startsAt: v.nullish(v.string()),
  endsAt: v.nullish(v.string()),
  speakers: v.optional(v.array(v.string()), []),
  categoryItems: v.optional(v.array(v.number()), []),
  roomId: v.nullish(v.number()),
});

const AllDataSchema = v.object({
  sessions: v.array(v.unknown()),
  speakers: v.array(v.object({ id: v.string(), fullName: v.string() })),
  categories: v.array(
    v.object({
      title: v.string(),
      type: v.nullish(v.string()),
      items: v.array(v.object({ id: v.number(), name: v.string() })),
    }),
  ),
  rooms: v.array(v.object({ id: v.number(), name: v.string() })),
});

type AllData = v.InferOutput<typeof AllDataSchema>;

/** The session category that holds tracks: a free-text question about sessions that says "track". */
function trackNames(data: AllData): Map<number, string> {
  const category = data.categories.find(
    (c) => (c.type ?? 'session') === 'session' && /\btracks?\b/i.test(c.title),
  );
  return new Map(category?.items.map((item) => [item.id, item.name.trim()]) ?? []);
}

/**
 * Converts Sessionize's "All data" JSON (`/api/v2/<id>/view/All`). Its times have no offset and
 * nothing in it names a zone, so without `options.zone` the answer is that a zone is needed.
 *
 * @example convertSessionize(JSON.parse(text), { zone: 'Europe/London' }).kind // "draft"
 */
export function convertSessionize(json: unknown, options: ConverterOptions): ConverterOutcome {
  const data = parseOrProblem(AllDataSchema, json);
  const timeZone = options.zone;
  if (data.sessions.length > 0 && (!timeZone || !isTimeZoneName(timeZone))) {
    return {
      kind: 'needs-zone',
      format: 'sessionize',
      message: 'Sessionize files give times without a time zone. Which zone is the conference in?',
    };
  }
  const zone = timeZone ?? 'UTC';
  const rooms = new Map(data.rooms.map((room) => [room.id, room.name.trim()]));
  const tracks = trackNames(data);
  const speakers = new Map(data.speakers.map((speaker) => [speaker.id, speaker.fullName.trim()]));
  const at = (text: string) => Date.parse(wallTimeToInstant(readWallTime(text), zone));
  const talks: TalkDraft[] = [];
  const skipped: string[] = [];
  data.sessions.forEach((raw, index) => {
    const title = (raw as { title?: unknown } | null)?.title;
    try {
      const session = parseOrProblem(SessionSchema, raw);
      if (!session.startsAt || !session.endsAt) throw new ImportProblem('it is not scheduled yet');
      talks.push({
        uid: String(session.id),
        title: cleanText(session.title) ?? '',
        start: at(session.startsAt),
        end: at(session.endsAt),
        day: null,
        room: session.roomId == null ? null : (cleanText(rooms.get(session.roomId)) ?? null),
        track: session.categoryItems.map((id) => tracks.get(id)).find(Boolean) ?? null,
        speakers: session.speakers
          .map((id) => speakers.get(id))
          .filter((name): name is string => !!name)
          .map((name) => ({ name, affiliation: null })),
        abstract: abstractFrom([session.description], 'text'),
        url: null,
        recorded: null,
      });
    } catch (error) {
      if (!(error instanceof ImportProblem)) throw error;
      const name = typeof title === 'string' ? `"${title.trim()}"` : `session ${index + 1}`;
      skipped.push(`${name}: ${error.message}`);
    }
  });
  return {
    kind: 'draft',
    draft: {
      format: 'sessionize',
      conference: {
        name: 'Sessionize schedule',
        acronym: null,
        timeZone: zone,
        city: null,
        rooms: [...rooms.values()],
      },
      talks,
      skipped,
    },
  };
}
