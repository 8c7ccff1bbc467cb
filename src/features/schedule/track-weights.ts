import type { Talk } from '@/domain/schedule-schema';
import type { EventColumn } from './timeline-grid';

/** The least share of the fullest event's room a lane gets, so one short talk stays readable. */
const SPARSE_FLOOR = 0.25;
/** The narrowest a lane may be: a title, its speakers and a star. */
export const LANE_MIN_REM = 12;
/** The widest a lane grows: a comfortable reading width for a card (as the card's max-width). */
const LANE_MAX_REM = 44;

/**
 * How many talks each event holds on the day: what fills a column is its cards, not its hours
 * (a three-hour lunch is one short card).
 *
 * @example talksByEvent([{ column: 'CiliumCon' }, { column: 'CiliumCon' }, { column: 'ArgoCon' }])
 *   // Map { 'CiliumCon' => 2, 'ArgoCon' => 1 }
 */
export function talksByEvent(talks: readonly Pick<Talk, 'column'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const talk of talks) counts.set(talk.column, (counts.get(talk.column) ?? 0) + 1);
  return counts;
}

/**
 * The width each lane track would like, in rem, left to right: an event with as many talks as the
 * day's fullest gets a reading width; a sparser one less, in proportion, never below a floor.
 *
 * @example trackWeights([{ event: 'CiliumCon', lanes: 1 }, { event: 'ArgoCon', lanes: 1 }],
 *   new Map([['CiliumCon', 14], ['ArgoCon', 1]])) // [44, 20]
 */
export function trackWeights(
  columns: readonly Pick<EventColumn, 'event' | 'lanes'>[],
  talksPerEvent: ReadonlyMap<string, number>,
): number[] {
  const fullest = Math.max(0, ...columns.map((c) => talksPerEvent.get(c.event) ?? 0));
  return columns.flatMap((column) => {
    const share = fullest === 0 ? 1 : (talksPerEvent.get(column.event) ?? 0) / fullest;
    const width = LANE_MIN_REM + Math.max(SPARSE_FLOOR, share) * (LANE_MAX_REM - LANE_MIN_REM);
    return Array.from({ length: column.lanes }, () => Math.round(width * 10) / 10);
  });
}

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
 * How wide the grid may grow: every lane at the width it would like, so a day with one event
 * does not stretch its cards across a wide screen.
 *
 * @example timelineMaxWidthRem([44, 20]) // 71
 */
export function timelineMaxWidthRem(laneWidthsRem: readonly number[]): number {
  return laneWidthsRem.reduce((sum, width) => sum + width + COLUMN_GAP_REM, AXIS_REM);
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
