import type { EventColumn } from './timeline-grid';

/** How much wider a busy event's lanes are than a sparse event's. */
export const BUSY_WEIGHT = 2;
export const SPARSE_WEIGHT = 1;

/**
 * The width weight of each lane track, left to right: an event with fewer than half the talks
 * of the day's busiest event is sparse, so its lanes get less room than a busy event's.
 *
 * @example trackWeights([{ event: 'CiliumCon', lanes: 1 }, { event: 'ArgoCon', lanes: 1 }],
 *   new Map([['CiliumCon', 14], ['ArgoCon', 1]])) // [2, 1]
 */
export function trackWeights(
  columns: readonly Pick<EventColumn, 'event' | 'lanes'>[],
  talksPerEvent: ReadonlyMap<string, number>,
): number[] {
  const busiest = Math.max(0, ...columns.map((c) => talksPerEvent.get(c.event) ?? 0));
  return columns.flatMap((column) => {
    const talks = talksPerEvent.get(column.event) ?? 0;
    const weight = talks * 2 < busiest ? SPARSE_WEIGHT : BUSY_WEIGHT;
    return Array.from({ length: column.lanes }, () => weight);
  });
}

/**
 * The CSS grid columns for a time axis followed by weighted lane tracks. Tracks may shrink to
 * nothing rather than push the page sideways; the weights only share out the spare room.
 *
 * @example gridColumnsFor([2, 1]) // "var(--axis-width) minmax(0, 2fr) minmax(0, 1fr)"
 */
export function gridColumnsFor(weights: readonly number[]): string {
  return ['var(--axis-width)', ...weights.map((w) => `minmax(0, ${w}fr)`)].join(' ');
}
