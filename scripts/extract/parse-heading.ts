import type { Speaker } from '../../src/domain/schedule-schema';
import { cleanInlineMarkdown } from './clean-markdown';
import { looksLikeSpeakers, parseSpeakers } from './parse-speakers';

export interface TalkHeading {
  id: string;
  title: string;
  speakers: Speaker[];
  url: string;
}

const LINK_LINE = /^\[(.+)\]\((https?:\/\/[^)\s]+)\)\s*$/;

/** Whether a line of the seed is a talk heading: a whole-line markdown link to a schedule event. */
export function isTalkHeading(line: string): boolean {
  const match = LINK_LINE.exec(line.trim());
  return match !== null && /\/event\/[A-Za-z0-9]+/.test(match[2] ?? '');
}

/**
 * Reads a talk heading line `[Title - Speakers, Company](schedule link)`.
 * The title is everything before the last " - " whose tail reads as speakers; titles may
 * themselves contain " - ". The link loses its embed query string, and the id is the event
 * id in its path.
 *
 * @example parseHeading('[Come BGP with Me - Daneyon Hansen, Solo.io](https://x.sched.com/event/1Rj5D/come)')
 *   // { id: '1Rj5D', title: 'Come BGP with Me', speakers: [...], url: 'https://x.sched.com/event/1Rj5D/come' }
 */
export function parseHeading(line: string): TalkHeading {
  const match = LINK_LINE.exec(line.trim());
  if (!match) throw new Error(`Not a talk heading: ${line}`);
  // A stray backtick may stand where the space before the separator should be ("Cilium`- Name").
  const text = cleanInlineMarkdown((match[1] ?? '').replace(/`\s*-\s/g, ' - '));
  const url = new URL(match[2] ?? '');
  url.search = '';
  url.hash = '';
  const id = /\/event\/([A-Za-z0-9]+)/.exec(url.pathname)?.[1];
  if (!id) throw new Error(`No event id in link: ${url.href}`);

  const separator = text.lastIndexOf(' - ');
  const tail = separator >= 0 ? text.slice(separator + 3) : '';
  if (separator >= 0 && looksLikeSpeakers(tail)) {
    return {
      id,
      title: text.slice(0, separator).trim(),
      speakers: parseSpeakers(tail),
      url: url.href,
    };
  }
  return { id, title: text, speakers: [], url: url.href };
}
