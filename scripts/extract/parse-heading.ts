import type { Link, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Speaker } from '../../src/domain/schedule-schema';
import { cleanInlineMarkdown } from './clean-markdown';
import { looksLikeSpeakers, parseSpeakers } from './parse-speakers';

export interface TalkHeading {
  id: string;
  title: string;
  speakers: Speaker[];
  url: string;
}

const EVENT_PATH = /\/event\/([A-Za-z0-9]+)/;

/**
 * The link of a talk heading: a paragraph that is nothing but one link to a schedule event.
 *
 * @example talkLinkOf(fromMarkdown('[Talk - Ann Lee, Acme](https://x.sched.com/event/1Rj5D)').children[0])
 *   // the link node
 */
export function talkLinkOf(node: RootContent): Link | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [link, ...rest] = node.children.filter(
    (child) => child.type !== 'text' || child.value.trim() !== '',
  );
  if (link?.type !== 'link' || rest.length > 0) return undefined;
  return /^https?:/.test(link.url) && EVENT_PATH.test(link.url) ? link : undefined;
}

/**
 * Reads a talk heading, the link `[Title - Speakers, Company](schedule link)`.
 * The title is everything before the last " - " whose tail reads as speakers; titles may
 * themselves contain " - ". The link loses its embed query string, and the id is the event
 * id in its path.
 *
 * @example parseHeading(talkLinkOf(fromMarkdown('[Come BGP with Me - Daneyon Hansen, Solo.io](https://x.sched.com/event/1Rj5D/come)').children[0]))
 *   // { id: '1Rj5D', title: 'Come BGP with Me', speakers: [...], url: 'https://x.sched.com/event/1Rj5D/come' }
 */
export function parseHeading(link: Link): TalkHeading {
  // A stray backtick may stand where the space before the separator should be ("Cilium`- Name").
  const text = cleanInlineMarkdown(toString(link).replace(/`\s*-\s/g, ' - '));
  const url = new URL(link.url);
  url.search = '';
  url.hash = '';
  const id = EVENT_PATH.exec(url.pathname)?.[1];
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
