import { NO_ABSTRACT } from '../../src/domain/abstract/abstract-blocks';
import {
  SCHEDULE_SCHEMA_VERSION,
  type Abstract,
  type Schedule,
  type Talk,
} from '../../src/domain/schedule-schema';

/**
 * A talk for tests, timed by Chicago wall-clock times on a November 2023 day.
 *
 * @example makeTalk('a', '12:10', '12:15') // 6 Nov, 12:10–12:15 CST, at CiliumCon
 */
export function makeTalk(
  id: string,
  from: string,
  to: string,
  options: { day?: number; column?: string; title?: string; room?: string | null } = {},
): Talk {
  const day = String(options.day ?? 6).padStart(2, '0');
  return {
    id,
    title: options.title ?? `Talk ${id}`,
    speakers: [],
    column: options.column ?? 'CiliumCon',
    start: `2023-11-${day}T${from}:00-06:00`,
    end: `2023-11-${day}T${to}:00-06:00`,
    day: `2023-11-${day}`,
    room: options.room ?? null,
    track: null,
    recorded: null,
    url: `https://example.com/${id}`,
    abstract: NO_ABSTRACT,
  };
}

/**
 * An abstract of plain paragraphs, as the extractor writes it.
 *
 * @example paragraphs('What the talk is about.') // { format: 'blocks', blocks: [{ type: 'paragraph', … }] }
 */
export function paragraphs(...texts: string[]): Abstract {
  return { format: 'blocks', blocks: texts.map((text) => ({ type: 'paragraph', text })) };
}

/** A schedule for tests around the given talks, in Chicago like the real one. */
export function makeSchedule(talks: Talk[]): Schedule {
  return {
    schemaVersion: SCHEDULE_SCHEMA_VERSION,
    conference: {
      id: 'test-conf',
      name: 'Test Conference',
      shortName: 'TestConf',
      timeZone: 'America/Chicago',
      city: 'Chicago',
      days: ['2023-11-06', '2023-11-07'],
      columnKind: 'event',
      columns: ['CiliumCon', 'ArgoCon', 'KubeCon + CloudNativeCon'],
      source: { format: 'seed', url: null },
    },
    talks,
  };
}
