import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import {
  SCHEDULE_SCHEMA_VERSION,
  type Abstract,
  type AbstractBlock,
  type Conference,
  type Schedule,
  type Talk,
} from '../../src/domain/schedule-schema';
import { dayOf } from '../../src/domain/time/conference-day';
import { cleanInlineMarkdown } from './clean-markdown';
import { parseHeading, talkLinkOf, type TalkHeading } from './parse-heading';
import { parseTimeLine, timeLineOf } from './parse-time-line';

/**
 * Paragraphs of the blog post that sit between talks but belong to the post, not to a talk:
 * its closing remarks were placed before the last talk.
 */
const POST_REMARKS = [/See you there!\s*$/];

interface Draft {
  heading: TalkHeading;
  event: string;
  times?: { start: string; end: string };
  nodes: RootContent[];
}

function eventForSection(heading: string, events: readonly string[]): string {
  const name = cleanInlineMarkdown(heading);
  const event = events.find((candidate) => name === candidate || name.startsWith(`${candidate} `));
  if (!event) throw new Error(`Section "${name}" names none of the events ${events.join(', ')}`);
  return event;
}

/** One block of an abstract from a paragraph or a bullet list of the post. */
function abstractBlockOf(node: RootContent): AbstractBlock {
  if (node.type === 'paragraph')
    return { type: 'paragraph', text: cleanInlineMarkdown(toString(node)) };
  if (node.type === 'list') {
    return {
      type: 'list',
      items: node.children.map((item) => cleanInlineMarkdown(toString(item))),
    };
  }
  throw new Error(`Unexpected ${node.type} in an abstract: ${toString(node)}`);
}

/**
 * A talk's abstract from the post's blocks after its time line: paragraphs and bullet lists as
 * plain text, without the post's own closing remarks.
 *
 * @example abstractFromNodes(fromMarkdown('Intro.\n\n- one\n- two').children)
 *   // { format: 'blocks', blocks: [{ type: 'paragraph', text: 'Intro.' }, { type: 'list', items: ['one', 'two'] }] }
 */
export function abstractFromNodes(
  nodes: readonly RootContent[],
): Extract<Abstract, { format: 'blocks' }> {
  const blocks = nodes
    .map(abstractBlockOf)
    .filter(
      (block) =>
        block.type !== 'paragraph' || !POST_REMARKS.some((pattern) => pattern.test(block.text)),
    );
  return { format: 'blocks', blocks };
}

function finish(draft: Draft, timeZone: string): Talk {
  if (!draft.times) throw new Error(`Talk "${draft.heading.title}" has no date and time line`);
  return {
    id: draft.heading.id,
    title: draft.heading.title,
    speakers: draft.heading.speakers,
    column: draft.event,
    start: draft.times.start,
    end: draft.times.end,
    day: dayOf(draft.times.start, timeZone),
    room: null,
    track: null,
    recorded: null,
    url: draft.heading.url,
    abstract: abstractFromNodes(draft.nodes),
  };
}

/**
 * Extracts every talk of the seed blog post. Talks are read from the first level-2 section on:
 * each section names an event, each talk is a paragraph holding only its link, then a bold time
 * line, then its abstract (paragraphs and lists) up to the next talk or section.
 *
 * @example parseSeed(markdown, conference).talks.length // 25
 */
export function parseSeed(markdown: string, conference: Conference): Schedule {
  const year = Number(conference.days[0]?.slice(0, 4));
  const talks: Talk[] = [];
  let event: string | undefined;
  let draft: Draft | undefined;

  for (const node of fromMarkdown(markdown).children) {
    const link = event ? talkLinkOf(node) : undefined;
    if (node.type === 'heading' && node.depth === 2) {
      if (draft) talks.push(finish(draft, conference.timeZone));
      draft = undefined;
      event = eventForSection(toString(node), conference.columns);
    } else if (event && link) {
      if (draft) talks.push(finish(draft, conference.timeZone));
      draft = { heading: parseHeading(link), event, nodes: [] };
    } else if (draft?.times) {
      draft.nodes.push(node);
    } else if (draft) {
      const timeLine = timeLineOf(node);
      if (!timeLine) {
        throw new Error(`Unexpected text between a talk heading and its time: ${toString(node)}`);
      }
      draft.times = parseTimeLine(timeLine, year, conference.timeZone);
    }
  }
  if (draft) talks.push(finish(draft, conference.timeZone));

  return { schemaVersion: SCHEDULE_SCHEMA_VERSION, conference, talks };
}
