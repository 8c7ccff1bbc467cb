import { abstractPlainText } from '@/domain/abstract/abstract-plain-text';
import type { Talk } from '@/domain/schedule-schema';
import { foldText } from './fold-text';

/** Where a search word was found that the talk's card does not show, and the text around it. */
export interface MatchSnippet {
  where: 'abstract' | 'company';
  /** The text shown: a company's name, or an excerpt of the abstract with "…" where it is cut. */
  text: string;
  /** The matched word's place in `text`, for marking it. */
  start: number;
  end: number;
}

/** Characters kept before and after the matched word in an abstract's excerpt. */
const BEFORE = 50;
const AFTER = 90;

/**
 * Folds `text` as a search does, keeping for each folded character the index of the original one,
 * so a match found in folded text can be shown in the original.
 */
function foldWithPlaces(text: string): { folded: string; places: number[] } {
  let folded = '';
  const places: number[] = [];
  for (let index = 0; index < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const part = foldText(char);
    folded += part;
    for (let i = 0; i < part.length; i += 1) places.push(index);
    index += char.length;
  }
  places.push(text.length);
  return { folded, places };
}

/** Finds a folded word in `text`, as a range of the original text. */
function findWord(text: string, word: string): { start: number; end: number } | null {
  const { folded, places } = foldWithPlaces(text);
  const at = folded.indexOf(word);
  if (at === -1) return null;
  return { start: places[at] ?? 0, end: places[at + word.length] ?? text.length };
}

/** Where an excerpt of `text` around `start`–`end` begins and ends, at spaces so no word is split. */
function excerptBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  if (start > BEFORE) {
    const space = text.indexOf(' ', start - BEFORE);
    from = space === -1 || space >= start ? start - BEFORE : space + 1;
  }
  let to = text.length;
  if (end + AFTER < text.length) {
    const space = text.lastIndexOf(' ', end + AFTER);
    to = space <= end ? end + AFTER : space;
  }
  return { from, to };
}

/**
 * What to show under a search result when a word matched somewhere the card does not show (a
 * speaker's company, the abstract); null when the title and speakers' names hold every word.
 *
 * @example matchSnippet(talkWithAbstract('… tracing with Tetragon …'), ['tetragon'])
 *   // { where: 'abstract', text: '… tracing with Tetragon …', start: 15, end: 23 }
 */
export function matchSnippet(talk: Talk, words: readonly string[]): MatchSnippet | null {
  const shown = foldText([talk.title, ...talk.speakers.map((s) => s.name)].join('\n'));
  const hidden = words.find((word) => !shown.includes(word));
  if (hidden === undefined) return null;
  for (const speaker of talk.speakers) {
    const found = speaker.affiliation ? findWord(speaker.affiliation, hidden) : null;
    if (found && speaker.affiliation)
      return { where: 'company', text: speaker.affiliation, ...found };
  }
  const abstract = abstractPlainText(talk.abstract).replace(/\s+/g, ' ').trim();
  const found = findWord(abstract, hidden);
  if (!found) return null;
  const { from, to } = excerptBounds(abstract, found.start, found.end);
  const head = from > 0 ? '…' : '';
  const tail = to < abstract.length ? '…' : '';
  const text = `${head}${abstract.slice(from, to)}${tail}`;
  const start = found.start - from + head.length;
  return { where: 'abstract', text, start, end: start + (found.end - found.start) };
}
