import {
  SCHEDULE_SCHEMA_VERSION,
  type Conference,
  type Schedule,
  type Talk,
} from '../../src/domain/schedule-schema';
import { dayOf } from '../../src/domain/time/conference-day';
import { cleanInlineMarkdown } from './clean-markdown';
import { isTalkHeading, parseHeading, type TalkHeading } from './parse-heading';
import { isTimeLine, parseTimeLine } from './parse-time-line';

/**
 * Paragraphs of the blog post that sit between talks but belong to the post, not to a talk:
 * its closing remarks were placed before the last talk.
 */
const POST_REMARKS = [/See you there!\s*$/];

interface Draft {
  heading: TalkHeading;
  event: string;
  times?: { start: string; end: string };
  lines: string[];
}

function eventForSection(heading: string, events: readonly string[]): string {
  const name = cleanInlineMarkdown(heading);
  const event = events.find((candidate) => name === candidate || name.startsWith(`${candidate} `));
  if (!event) throw new Error(`Section "${name}" names none of the events ${events.join(', ')}`);
  return event;
}

/**
 * Turns the abstract's markdown lines into plain text: paragraphs joined by a blank line,
 * bullet items kept one per line as "- item".
 */
export function abstractFromLines(lines: readonly string[]): string {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);

  return blocks
    .map((block) =>
      block.every((line) => /^[-*]\s+/.test(line))
        ? block.map((line) => `- ${cleanInlineMarkdown(line.replace(/^[-*]\s+/, ''))}`).join('\n')
        : cleanInlineMarkdown(block.join(' ')),
    )
    .filter((text) => !POST_REMARKS.some((pattern) => pattern.test(text)))
    .join('\n\n');
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
    abstract: { format: 'text', source: abstractFromLines(draft.lines) },
  };
}

/**
 * Extracts every talk of the seed blog post. Talks are read from the first "## " section on:
 * each section names an event, each talk is a link line, a bold time line and its abstract.
 *
 * @example parseSeed(markdown, conference).talks.length // 25
 */
export function parseSeed(markdown: string, conference: Conference): Schedule {
  const year = Number(conference.days[0]?.slice(0, 4));
  const talks: Talk[] = [];
  let event: string | undefined;
  let draft: Draft | undefined;

  for (const line of markdown.split(/\r?\n/)) {
    if (/^##\s+/.test(line)) {
      if (draft) talks.push(finish(draft, conference.timeZone));
      draft = undefined;
      event = eventForSection(line.replace(/^##\s+/, ''), conference.columns);
    } else if (event && isTalkHeading(line)) {
      if (draft) talks.push(finish(draft, conference.timeZone));
      draft = { heading: parseHeading(line), event, lines: [] };
    } else if (draft && !draft.times && isTimeLine(line)) {
      draft.times = parseTimeLine(line, year, conference.timeZone);
    } else if (draft?.times) {
      draft.lines.push(line);
    } else if (draft && line.trim() !== '') {
      throw new Error(`Unexpected text between a talk heading and its time: ${line}`);
    }
  }
  if (draft) talks.push(finish(draft, conference.timeZone));

  return { schemaVersion: SCHEDULE_SCHEMA_VERSION, conference, talks };
}
