import type { Talk } from '../schedule-schema';

/** Two starred talks whose times overlap; `a` starts first (or at the same time). */
export interface Clash {
  a: Talk;
  b: Talk;
  overlapMinutes: number;
}

/** One talk another clashes with, seen from that other talk. */
export interface ClashWith {
  other: Talk;
  overlapMinutes: number;
}

interface Timed {
  talk: Talk;
  start: number;
  end: number;
}

/**
 * Every pair of talks whose times overlap, treating times as half-open [start, end),
 * so a talk ending at 12:15 does not clash with one starting at 12:15.
 * Sorts by start then sweeps: O(n log n) plus the number of clashes.
 *
 * @example findClashes([talk0900to0930, talk0915to0945])
 *   // [{ a: talk0900to0930, b: talk0915to0945, overlapMinutes: 15 }]
 */
export function findClashes(talks: readonly Talk[]): Clash[] {
  const timed: Timed[] = talks.map((talk) => ({
    talk,
    start: Date.parse(talk.start),
    end: Date.parse(talk.end),
  }));
  timed.sort((x, y) => x.start - y.start || x.end - y.end || compareIds(x.talk, y.talk));
  const clashes: Clash[] = [];
  let running: Timed[] = [];
  for (const current of timed) {
    // Talks that ended by this start can never overlap a later one either.
    running = running.filter((earlier) => earlier.end > current.start);
    for (const earlier of running) {
      clashes.push({
        a: earlier.talk,
        b: current.talk,
        overlapMinutes: Math.round((Math.min(earlier.end, current.end) - current.start) / 60_000),
      });
    }
    running.push(current);
  }
  return clashes;
}

/**
 * The clashes indexed by talk id, each talk listing the others it overlaps.
 *
 * @example clashesByTalk(findClashes(picks)).get('1Rj3S') // [{ other: lightningTalk, overlapMinutes: 5 }]
 */
export function clashesByTalk(clashes: readonly Clash[]): Map<string, ClashWith[]> {
  const byTalk = new Map<string, ClashWith[]>();
  const add = (talk: Talk, entry: ClashWith) => {
    const list = byTalk.get(talk.id);
    if (list) list.push(entry);
    else byTalk.set(talk.id, [entry]);
  };
  for (const { a, b, overlapMinutes } of clashes) {
    add(a, { other: b, overlapMinutes });
    add(b, { other: a, overlapMinutes });
  }
  return byTalk;
}

function compareIds(x: Talk, y: Talk): number {
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
