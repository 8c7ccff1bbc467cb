import type { EventColumn } from './timeline-grid';

/** How much wider a busy event's lanes are than a sparse event's. */
const BUSY_WEIGHT = 2;
const SPARSE_WEIGHT = 1;

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

/** The narrowest a lane may be once the grid scrolls sideways: a title, its speakers and a star. */
export const LANE_MIN_REM = 12;
/** The time axis and the gap between columns, as in the stylesheet (--axis-width, --space-3). */
const AXIS_REM = 5.5;
const COLUMN_GAP_REM = 0.75;

/**
 * How wide the grid must be for every lane to get `LANE_MIN_REM`; narrower than this, the grid
 * scrolls sideways inside its frame instead of squeezing lanes until stars overlap.
 *
 * @example timelineMinWidthRem(2) // 31
 */
export function timelineMinWidthRem(laneCount: number): number {
  return AXIS_REM + laneCount * (LANE_MIN_REM + COLUMN_GAP_REM);
}

/**
 * The CSS grid columns for a time axis followed by weighted lane tracks; the weights share out
 * the spare room. Without `laneMinRem` tracks may shrink to nothing rather than push the page
 * sideways; with it (a grid that scrolls in its own frame) no lane gets narrower than that.
 *
 * @example gridColumnsFor([2, 1]) // "var(--axis-width) minmax(0, 2fr) minmax(0, 1fr)"
 * @example gridColumnsFor([2], 12) // "var(--axis-width) minmax(12rem, 2fr)"
 */
export function gridColumnsFor(weights: readonly number[], laneMinRem = 0): string {
  const min = laneMinRem === 0 ? '0' : `${laneMinRem}rem`;
  return ['var(--axis-width)', ...weights.map((w) => `minmax(${min}, ${w}fr)`)].join(' ');
}
