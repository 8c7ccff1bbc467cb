import type { TimelineRow } from './timeline-layout';

/** Where a moment falls on a laid-out timeline. */
export interface NowInTimeline {
  /** Index of the row (from `layoutTimeline`) that holds the moment. */
  rowIndex: number;
  /** How far into that row the moment falls, from 0 (its start) to just under 1 (its end). */
  fraction: number;
}

/**
 * Finds the row of a timeline that holds `nowMs` and how far into it, or null when the moment is
 * before the first row or at or after the end of the last.
 *
 * @example nowInTimeline(layoutTimeline(talks, 1).rows, Date.parse('2023-11-07T16:45:00-06:00'))
 *   // { rowIndex: 2, fraction: 0.27… }
 */
export function nowInTimeline(rows: readonly TimelineRow[], nowMs: number): NowInTimeline | null {
  const rowIndex = rows.findIndex((row) => row.startMs <= nowMs && nowMs < row.endMs);
  const row = rows[rowIndex];
  if (!row) return null;
  return { rowIndex, fraction: (nowMs - row.startMs) / (row.endMs - row.startMs) };
}
