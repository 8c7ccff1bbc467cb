import { describe, expect, it } from 'vitest';
import { nowInTimeline } from './now-in-timeline';
import { layoutTimeline } from './timeline-layout';

const tuesday = [
  { id: 'secure', column: 0, start: '2023-11-07T15:25:00-06:00', end: '2023-11-07T16:00:00-06:00' },
  {
    id: 'tutorial',
    column: 0,
    start: '2023-11-07T16:30:00-06:00',
    end: '2023-11-07T18:00:00-06:00',
  },
  { id: 'battle', column: 1, start: '2023-11-07T17:25:00-06:00', end: '2023-11-07T18:00:00-06:00' },
];
const { rows } = layoutTimeline(tuesday, 2);
const at = (time: string) => Date.parse(`2023-11-07T${time}:00-06:00`);

describe('nowInTimeline', () => {
  it('finds the row holding the moment and how far into it, read in Chicago at 4:45 PM', () => {
    const now = nowInTimeline(rows, at('16:45'));
    const row = rows[now?.rowIndex ?? -1];
    expect(row && new Date(row.startMs).toISOString()).toBe('2023-11-07T22:30:00.000Z');
    expect(row && new Date(row.endMs).toISOString()).toBe('2023-11-07T23:25:00.000Z');
    expect(now?.fraction).toBeCloseTo(15 / 55);
  });

  it('places a moment in an empty stretch on the break row', () => {
    const now = nowInTimeline(rows, at('16:15'));
    expect(now && rows[now.rowIndex]?.isBreak).toBe(true);
    expect(now?.fraction).toBeCloseTo(0.5);
  });

  it('includes the first start and excludes the last end', () => {
    expect(nowInTimeline(rows, at('15:25'))).toEqual({ rowIndex: 0, fraction: 0 });
    expect(nowInTimeline(rows, at('18:00'))).toBeNull();
  });

  it('is null before the day shown starts and on another day', () => {
    expect(nowInTimeline(rows, at('15:24'))).toBeNull();
    expect(nowInTimeline(rows, Date.parse('2023-11-08T16:45:00-06:00'))).toBeNull();
  });

  it('is null for an empty timeline', () => {
    expect(nowInTimeline([], at('16:45'))).toBeNull();
  });
});
