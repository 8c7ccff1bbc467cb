import type { Talk } from '@/domain/schedule-schema';
import { talkInstants } from './talk-instants';

/** What the resolver needs of a pick: its stable id and its half-open [start, end) instants. */
export type TimedPick = Pick<Talk, 'id' | 'start' | 'end'>;

/** How good a clash-free choice is, compared field by field in this order. */
export interface PlanWeight {
  mustSee: number;
  picks: number;
  /** Total length of the kept talks in minutes. */
  minutes: number;
}

/** A clash-free proposal: the picks it keeps and the ones it would drop, each in time order. */
export interface ClashResolution<T extends TimedPick> {
  kept: T[];
  dropped: T[];
  weight: PlanWeight;
}

const MINUTE_MS = 60_000;

/**
 * The clash-free subset of `picks` that keeps as many must-see picks as possible, then as many
 * picks, then as many minutes: exact weighted interval scheduling in O(n log n). Times are
 * half-open, so talks that merely touch (one ends 12:15, the next starts 12:15) both stay.
 *
 * A must-see pick is dropped only for another must-see pick it clashes with; when the must-see
 * picks do not clash among themselves, all of them are kept.
 *
 * Ties: among equally good choices it keeps the one whose last talk ends earliest, then whose
 * second-to-last ends earliest, and so on (talks ending together ordered by start, then id), so
 * the answer never depends on the order of `picks`.
 *
 * @example resolveClashes([tutorial, serviceMesh], new Set([serviceMesh.id]))
 *   // { kept: [serviceMesh], dropped: [tutorial], weight: { mustSee: 1, picks: 1, minutes: 35 } }
 */
export function resolveClashes<T extends TimedPick>(
  picks: readonly T[],
  mustSeeIds: ReadonlySet<string>,
): ClashResolution<T> {
  const talks = byEnd(picks);
  const count = talks.length;
  // best[j] is the weight of the best choice among the first j talks in end order.
  const bestMustSee = new Float64Array(count + 1);
  const bestPicks = new Float64Array(count + 1);
  // Lengths are summed in whole milliseconds, exact in a double, so ties are true ties.
  const bestLength = new Float64Array(count + 1);
  const previous = new Int32Array(count);
  const taken = new Uint8Array(count);
  for (let j = 0; j < count; j += 1) {
    const talk = talks[j]!;
    // Talks before position `previous[j]` all end by this one's start.
    previous[j] = countEndingBy(talks, j, talk.start);
    const p = previous[j]!;
    const withMustSee = bestMustSee[p]! + (mustSeeIds.has(talk.item.id) ? 1 : 0);
    const withPicks = bestPicks[p]! + 1;
    const withLength = bestLength[p]! + (talk.end - talk.start);
    // Taking must be strictly better: on a tie the earlier-ending choice without this talk wins.
    const take =
      compareWeights(
        withMustSee,
        withPicks,
        withLength,
        bestMustSee[j]!,
        bestPicks[j]!,
        bestLength[j]!,
      ) > 0;
    taken[j] = take ? 1 : 0;
    bestMustSee[j + 1] = take ? withMustSee : bestMustSee[j]!;
    bestPicks[j + 1] = take ? withPicks : bestPicks[j]!;
    bestLength[j + 1] = take ? withLength : bestLength[j]!;
  }

  const keptPositions = new Uint8Array(count);
  for (let j = count - 1; j >= 0;) {
    if (taken[j]) {
      keptPositions[j] = 1;
      j = previous[j]! - 1;
    } else {
      j -= 1;
    }
  }
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const talk of byStart(talks))
    (keptPositions[talk.position] ? kept : dropped).push(talk.item);
  return {
    kept,
    dropped,
    weight: {
      mustSee: bestMustSee[count]!,
      picks: bestPicks[count]!,
      minutes: bestLength[count]! / MINUTE_MS,
    },
  };
}

/**
 * Compares two plan weights: must-see picks first, then picks, then minutes.
 *
 * @example comparePlanWeights({ mustSee: 1, picks: 1, minutes: 30 }, { mustSee: 0, picks: 3, minutes: 90 }) // > 0
 */
export function comparePlanWeights(x: PlanWeight, y: PlanWeight): number {
  return compareWeights(x.mustSee, x.picks, x.minutes, y.mustSee, y.picks, y.minutes);
}

function compareWeights(
  mustSeeX: number,
  picksX: number,
  lengthX: number,
  mustSeeY: number,
  picksY: number,
  lengthY: number,
): number {
  return mustSeeX - mustSeeY || picksX - picksY || lengthX - lengthY;
}

interface SortedPick<T extends TimedPick> {
  item: T;
  start: number;
  end: number;
  /** Position in end order. */
  position: number;
}

/** The picks with their instants parsed once, sorted by end, then start, then id. */
function byEnd<T extends TimedPick>(picks: readonly T[]): SortedPick<T>[] {
  const sorted = picks
    .map((item) => ({ item, ...talkInstants(item), position: 0 }))
    .sort((x, y) => x.end - y.end || x.start - y.start || compareIds(x.item.id, y.item.id));
  sorted.forEach((talk, position) => (talk.position = position));
  return sorted;
}

/** The same picks in time order: by start, then end, then id. */
function byStart<T extends TimedPick>(talks: readonly SortedPick<T>[]): SortedPick<T>[] {
  return [...talks].sort(
    (x, y) => x.start - y.start || x.end - y.end || compareIds(x.item.id, y.item.id),
  );
}

/** How many of the first `limit` talks (in end order) end by `instant`: a binary search. */
function countEndingBy(talks: readonly SortedPick<TimedPick>[], limit: number, instant: number) {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (talks[middle]!.end <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
