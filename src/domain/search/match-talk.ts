import { abstractPlainText } from '@/domain/abstract/abstract-plain-text';
import type { Talk } from '@/domain/schedule-schema';
import { foldText } from './fold-text';

/** Everything a search looks through: title, speakers, their companies and the abstract. */
function searchableText(talk: Talk): string {
  const people = talk.speakers.flatMap((s) => [s.name, s.affiliation ?? '']);
  return foldText([talk.title, ...people, abstractPlainText(talk.abstract)].join('\n'));
}

// Folded once per talk object, so a keystroke only compares strings.
const cache = new WeakMap<Talk, string>();

/** The talk's folded searchable text, worked out on first use and kept while the talk lives. */
function foldedTextOf(talk: Talk): string {
  let text = cache.get(talk);
  if (text === undefined) {
    text = searchableText(talk);
    cache.set(talk, text);
  }
  return text;
}

/**
 * The words of a query, folded: what `matchesWords` looks for. Fold once per search, not per talk.
 *
 * @example queryWords('  Zięba  eBPF ') // ["zieba", "ebpf"]
 */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Whether every folded word appears in the talk; no words match every talk. */
export function matchesWords(talk: Talk, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldedTextOf(talk);
  return words.every((word) => haystack.includes(word));
}
