import type { Talk } from '../schedule-schema';
import { foldText } from './fold-text';

/** Everything a search looks through: title, speakers, their companies and the abstract. */
function searchableText(talk: Talk): string {
  const people = talk.speakers.flatMap((s) => [s.name, s.affiliation ?? '']);
  return foldText([talk.title, ...people, talk.abstract].join('\n'));
}

const cache = new WeakMap<Talk, string>();

/**
 * Whether every word of the query appears in the talk, ignoring case and accents.
 * An empty query matches every talk.
 *
 * @example matchesQuery(talk, 'ramirez isovalent')
 */
export function matchesQuery(talk: Talk, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  let text = cache.get(talk);
  if (text === undefined) {
    text = searchableText(talk);
    cache.set(talk, text);
  }
  const haystack = text;
  return words.every((word) => haystack.includes(word));
}
