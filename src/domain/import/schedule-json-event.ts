import * as v from 'valibot';
import type { Abstract, Speaker } from '@/domain/schedule-schema';
import { absoluteUrl, abstractFrom, cleanText } from './source-text';

export const OptionalText = v.nullish(v.string());

/** The event fields schedule.json versions 1 and 2 share, for both versions' event schemas. */
export const SHARED_EVENT_FIELDS = {
  guid: OptionalText,
  code: OptionalText,
  title: v.string(),
  abstract: OptionalText,
  description: OptionalText,
  url: OptionalText,
  do_not_record: v.nullish(v.boolean()),
};

type SharedEvent = v.InferOutput<v.ObjectSchema<typeof SHARED_EVENT_FIELDS, undefined>>;

/** What both versions read alike from an event: its key, title, abstract, link and recording. */
export function readSharedFields(
  event: SharedEvent,
  fallbackUid: string,
  baseUrl: string | null,
): {
  uid: string;
  title: string;
  abstract: Abstract;
  url: string | null;
  recorded: boolean | null;
} {
  return {
    uid: event.guid ?? event.code ?? fallbackUid,
    title: cleanText(event.title) ?? '',
    abstract: abstractFrom([event.abstract, event.description], 'markdown'),
    url: absoluteUrl(event.url, baseUrl),
    recorded: event.do_not_record == null ? null : !event.do_not_record,
  };
}

/** Speakers from names as the file gives them; blank ones are left out. */
export const speakersNamed = (names: readonly (string | null | undefined)[]): Speaker[] =>
  names
    .map((name) => cleanText(name))
    .filter((name): name is string => name !== null)
    .map((name) => ({ name, affiliation: null }));

/** How a skipped event is named: its title in quotes when it has one, else where it sits. */
export function skippedEventName(raw: unknown, where: string): string {
  const title = (raw as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? `"${title}"` : where;
}
