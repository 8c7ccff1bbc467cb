import { describe, expect, it } from 'vitest';
import { layoutTimeline, type TimelineOptions } from './timeline-layout';

const options: TimelineOptions = {
  pxPerMinute: 2,
  minBlockPx: 60,
  breakAfterMinutes: 30,
  breakPx: 40,
};
const at = (hhmm: string) => `2023-11-06T${hhmm}:00-06:00`;
const item = (id: string, column: number, start: string, end: string) => ({
  id,
  column,
  start: at(start),
  end: at(end),
});

describe('layoutTimeline', () => {
  it('makes a block taller the longer its talk', () => {
    const { items } = layoutTimeline(
      [item('short', 0, '09:00', '09:40'), item('long', 1, '09:00', '10:30')],
      2,
      options,
    );
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('short')?.heightPx).toBe(80);
    expect(byId.get('long')?.heightPx).toBe(180);
  });

  it('gives five-minute talks the minimum height and pushes later talks down so none overlap', () => {
    // The Monday keynotes and the ArgoCon lightning talk next to CiliumCon talks.
    const { items } = layoutTimeline(
      [
        item('keynote-1', 0, '10:20', '10:25'),
        item('keynote-2', 0, '10:30', '10:35'),
        item('before', 0, '11:40', '12:05'),
        item('lightning', 1, '12:10', '12:15'),
        item('after', 0, '12:15', '12:40'),
      ],
      2,
      options,
    );
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const id of ['keynote-1', 'keynote-2', 'lightning']) {
      expect(byId.get(id)?.heightPx).toBeGreaterThanOrEqual(options.minBlockPx);
    }
    const ordered = ['keynote-1', 'keynote-2', 'before', 'lightning', 'after'].map((id) =>
      byId.get(id)!,
    );
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1]!;
      expect(ordered[i]!.topPx).toBeGreaterThanOrEqual(previous.topPx + previous.heightPx);
    }
  });

  it('puts talks that overlap in one column side by side', () => {
    const { items, columnLanes } = layoutTimeline(
      [item('tutorial', 0, '16:30', '18:00'), item('panel', 0, '17:25', '18:00')],
      1,
      options,
    );
    const [tutorial, panel] = items;
    expect(tutorial).toMatchObject({ id: 'tutorial', lane: 0, lanes: 2 });
    expect(panel).toMatchObject({ id: 'panel', lane: 1, lanes: 2 });
    expect(columnLanes).toEqual([2]);
  });

  it('keeps talks that merely touch in one lane', () => {
    const { items } = layoutTimeline(
      [item('a', 0, '09:00', '09:30'), item('b', 0, '09:30', '10:00')],
      1,
      options,
    );
    expect(items.map((i) => i.lanes)).toEqual([1, 1]);
  });

  it('compresses a long empty stretch into a break', () => {
    const { rows } = layoutTimeline(
      [item('morning', 0, '09:00', '10:00'), item('afternoon', 0, '15:00', '16:00')],
      1,
      options,
    );
    const gap = rows.find((row) => row.isBreak);
    expect(gap?.heightPx).toBe(options.breakPx);
    expect(rows.filter((row) => row.isBreak)).toHaveLength(1);
  });

  it('keeps a short gap to scale', () => {
    const { rows } = layoutTimeline(
      [item('a', 0, '09:00', '09:40'), item('b', 0, '09:50', '10:30')],
      1,
      options,
    );
    expect(rows.map((row) => [row.isBreak, row.heightPx])).toEqual([
      [false, 80],
      [false, 20],
      [false, 80],
    ]);
  });

  it('reuses a freed lane: 9–11, 9–10 and 10–11 need two lanes, given in any order', () => {
    const { items, columnLanes, heightPx } = layoutTimeline(
      [
        item('c', 0, '10:00', '11:00'),
        item('a', 0, '09:00', '11:00'),
        item('b', 0, '09:00', '10:00'),
      ],
      1,
      options,
    );
    const placed = Object.fromEntries(
      items.map((i) => [i.id, [i.lane, i.lanes, i.topPx, i.heightPx]]),
    );
    // [lane, lanes, top, height] at 2 px a minute.
    expect(placed).toEqual({ b: [0, 2, 0, 120], a: [1, 2, 0, 240], c: [0, 2, 120, 120] });
    expect(columnLanes).toEqual([2]);
    expect(heightPx).toBe(240);
  });

  it('stretches a short talk by its last row, so a longer talk beside it grows by as much', () => {
    const { items, rows } = layoutTimeline(
      [item('long', 1, '10:00', '10:30'), item('short', 0, '10:20', '10:25')],
      2,
      options,
    );
    const placed = Object.fromEntries(items.map((i) => [i.id, [i.topPx, i.heightPx]]));
    // 20 min (40 px), the 5-minute talk raised from 10 px to 60, then 5 min (10 px).
    expect(rows.map((row) => row.heightPx)).toEqual([40, 60, 10]);
    expect(placed).toEqual({ long: [0, 110], short: [40, 60] });
  });
});
