import type { Talk } from '@/domain/schedule-schema';
import { talkInstants } from './talk-instants';

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

/**
 * The clashes among a set of picks. They are kept as pairs of positions, so a plan with many
 * overlaps costs little until a clash is shown: `Clash` objects are built only when asked for.
 */
export interface PlanClashes {
  /** How many pairs of talks overlap. */
  readonly length: number;
  /** Every clash, `a` starting first, ordered by the later talk's start; built once, on request. */
  list(): readonly Clash[];
  /** The other talks one talk overlaps, in time order; empty when it has none. */
  with(talkId: string): readonly ClashWith[];
}

const MINUTE_MS = 60_000;
const NONE: readonly ClashWith[] = [];

/**
 * Every pair of talks whose times overlap, treating times as half-open [start, end),
 * so a talk ending at 12:15 does not clash with one starting at 12:15.
 * Sorts by start then sweeps: O(n log n) plus the number of clashes.
 *
 * @example findClashes([talk0900to0930, talk0915to0945]).list()
 *   // [{ a: talk0900to0930, b: talk0915to0945, overlapMinutes: 15 }]
 */
export function findClashes(talks: readonly Talk[]): PlanClashes {
  const count = talks.length;
  const rawStarts = new Float64Array(count);
  const rawEnds = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const instants = talkInstants(talks[i]!);
    rawStarts[i] = instants.start;
    rawEnds[i] = instants.end;
  }
  const order = timeOrder(talks, rawStarts, rawEnds);
  const sorted = new Array<Talk>(count);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const index = order[i]!;
    sorted[i] = talks[index]!;
    starts[i] = rawStarts[index]!;
    ends[i] = rawEnds[index]!;
  }
  return new SweptClashes(sorted, starts, ends, sweep(starts, ends));
}

/**
 * Positions of `talks` sorted by start, then end, then id. Starts are sorted natively as numbers
 * carrying their position, which is far quicker than a comparison callback; one insertion pass
 * then orders the talks sharing a start, the only ones still out of place.
 */
function timeOrder(talks: readonly Talk[], starts: Float64Array, ends: Float64Array): Uint32Array {
  const count = talks.length;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  const compare = (x: number, y: number) =>
    starts[x]! - starts[y]! || ends[x]! - ends[y]! || compareIds(talks[x]!, talks[y]!);
  let earliest = Infinity;
  let latest = -Infinity;
  for (const start of starts) {
    earliest = Math.min(earliest, start);
    latest = Math.max(latest, start);
  }
  const packable =
    count > 1 &&
    Number.isSafeInteger(earliest) &&
    Number.isSafeInteger(latest) &&
    (latest - earliest + 1) * count <= Number.MAX_SAFE_INTEGER;
  if (!packable) return order.sort(compare);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) keys[i] = (starts[i]! - earliest) * count + i;
  keys.sort();
  for (let i = 0; i < count; i += 1) order[i] = keys[i]! % count;
  for (let i = 1; i < count; i += 1) {
    const position = order[i]!;
    let j = i - 1;
    while (j >= 0 && compare(order[j]!, position) > 0) {
      order[j + 1] = order[j]!;
      j -= 1;
    }
    order[j + 1] = position;
  }
  return order;
}

/** Pairs of sorted positions [earlier, later] whose intervals overlap, flattened. */
function sweep(starts: Float64Array, ends: Float64Array): Int32Array {
  let pairs = new Int32Array(Math.max(64, starts.length * 4));
  let pairEnd = 0;
  const running = new Int32Array(starts.length);
  let runningCount = 0;
  for (let current = 0; current < starts.length; current += 1) {
    const start = starts[current]!;
    // Talks that ended by this start can never overlap a later one either.
    let kept = 0;
    for (let r = 0; r < runningCount; r += 1) {
      const earlier = running[r]!;
      if (ends[earlier]! > start) running[kept++] = earlier;
    }
    runningCount = kept;
    if (pairEnd + runningCount * 2 > pairs.length) {
      const grown = new Int32Array(Math.max(pairs.length * 2, pairEnd + runningCount * 2));
      grown.set(pairs.subarray(0, pairEnd));
      pairs = grown;
    }
    for (let r = 0; r < runningCount; r += 1) {
      pairs[pairEnd++] = running[r]!;
      pairs[pairEnd++] = current;
    }
    running[runningCount++] = current;
  }
  return pairs.subarray(0, pairEnd);
}

class SweptClashes implements PlanClashes {
  readonly length: number;
  private listed: readonly Clash[] | undefined;
  private neighbours:
    { byId: Map<string, number>; offsets: Int32Array; others: Int32Array } | undefined;
  private readonly withCache = new Map<string, readonly ClashWith[]>();

  constructor(
    private readonly talks: readonly Talk[],
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    private readonly pairs: Int32Array,
  ) {
    this.length = pairs.length / 2;
  }

  list(): readonly Clash[] {
    if (!this.listed) {
      const clashes: Clash[] = [];
      for (let p = 0; p < this.pairs.length; p += 2) {
        const a = at(this.pairs, p);
        const b = at(this.pairs, p + 1);
        clashes.push({
          a: at(this.talks, a),
          b: at(this.talks, b),
          overlapMinutes: this.overlapMinutes(a, b),
        });
      }
      this.listed = clashes;
    }
    return this.listed;
  }

  with(talkId: string): readonly ClashWith[] {
    const cached = this.withCache.get(talkId);
    if (cached) return cached;
    const { byId, offsets, others } = this.indexNeighbours();
    const position = byId.get(talkId);
    let result = NONE;
    if (position !== undefined && at(offsets, position + 1) > at(offsets, position)) {
      const found: ClashWith[] = [];
      for (let n = at(offsets, position); n < at(offsets, position + 1); n += 1) {
        const other = at(others, n);
        found.push({
          other: at(this.talks, other),
          overlapMinutes: this.overlapMinutes(position, other),
        });
      }
      result = found;
    }
    this.withCache.set(talkId, result);
    return result;
  }

  private overlapMinutes(x: number, y: number): number {
    const overlap =
      Math.min(at(this.ends, x), at(this.ends, y)) -
      Math.max(at(this.starts, x), at(this.starts, y));
    return Math.round(overlap / MINUTE_MS);
  }

  /** For each sorted position, the positions it overlaps, ascending (compressed rows). */
  private indexNeighbours() {
    if (!this.neighbours) {
      const count = this.talks.length;
      const offsets = new Int32Array(count + 1);
      for (const position of this.pairs) offsets[position + 1] = at(offsets, position + 1) + 1;
      for (let i = 0; i < count; i += 1) offsets[i + 1] = at(offsets, i + 1) + at(offsets, i);
      const filled = offsets.slice(0, count);
      const others = new Int32Array(this.pairs.length);
      // Pairs come ordered by their later talk, so each row fills in ascending order.
      for (let p = 0; p < this.pairs.length; p += 2) {
        const a = at(this.pairs, p);
        const b = at(this.pairs, p + 1);
        others[claim(filled, a)] = b;
        others[claim(filled, b)] = a;
      }
      const byId = new Map<string, number>();
      this.talks.forEach((talk, position) => {
        if (!byId.has(talk.id)) byId.set(talk.id, position);
      });
      this.neighbours = { byId, offsets, others };
    }
    return this.neighbours;
  }
}

/** The next free slot of a row, moving the row's cursor past it. */
function claim(cursors: Int32Array, row: number): number {
  const slot = at(cursors, row);
  cursors[row] = slot + 1;
  return slot;
}

/** Reads an index known to be in range (noUncheckedIndexedAccess cannot see that). */
function at<T>(items: ArrayLike<T>, index: number): T {
  return items[index] as T;
}

function compareIds(x: Talk, y: Talk): number {
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
