import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIMELINE_OPTIONS,
  layoutTimeline,
  rowHeightPx,
  type TimelineOptions,
} from './timeline-layout';

const options: TimelineOptions = {
  pxPerMinute: 2,
  minBlockPx: 60,
  breakAfterMinutes: 30,
  breakPx: 40,
  breakPxPerDoubling: 10,
  longRowAfterMinutes: 120,
  longRowPxPerDoubling: 20,
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
    // Five hours is 10 times the 30 minutes of the shortest break: log2(10) doublings of 10 px.
    expect(gap?.heightPx).toBe(Math.round(40 + 10 * Math.log2(10)));
    expect(gap?.heightPx).toBeLessThan(5 * 60 * options.pxPerMinute);
    expect(rows.filter((row) => row.isBreak)).toHaveLength(1);
  });

  it('draws a longer break taller, so 35 minutes never looks like 10', () => {
    const gapHeight = (minutes: number) => rowHeightPx(minutes, false, DEFAULT_TIMELINE_OPTIONS);
    const ten = gapHeight(10);
    const fourteen = gapHeight(14);
    const fifteen = gapHeight(15);
    const thirtyFive = gapHeight(35);
    const fiveHours = gapHeight(310);
    expect(ten).toBe(10 * DEFAULT_TIMELINE_OPTIONS.pxPerMinute);
    expect(fourteen).toBeLessThan(fifteen);
    expect(thirtyFive).toBeGreaterThan(fifteen);
    expect(thirtyFive).toBeGreaterThanOrEqual(2 * ten);
    expect(fiveHours).toBeGreaterThan(thirtyFive);
  });

  it('labels a 30-minute gap as a break, and a 10-minute change as none', () => {
    const { rows } = layoutTimeline(
      [
        // As on Tuesday: a talk 3:25–4:00, then the tutorial at 4:30.
        item('secure-connection', 0, '15:25', '16:00'),
        item('tutorial', 0, '16:30', '18:00'),
        // As on Monday: 9:15–9:40, then 9:50.
        item('adobe', 1, '09:15', '09:40'),
        item('external-apis', 1, '09:50', '10:15'),
      ],
      2,
      DEFAULT_TIMELINE_OPTIONS,
    );
    const gapOf = (from: string) => rows.find((row) => row.startMs === Date.parse(at(from)));
    expect(gapOf('16:00')).toMatchObject({ isBreak: true });
    expect(gapOf('09:40')).toMatchObject({ isBreak: false, heightPx: 40 });
  });

  it('compresses hours inside a long session, still longer for a longer session', () => {
    const { rows, items } = layoutTimeline(
      [item('breakfast', 0, '07:00', '10:30'), item('hacklab', 1, '11:00', '19:30')],
      2,
      options,
    );
    const byId = new Map(items.map((i) => [i.id, i]));
    const breakfast = byId.get('breakfast')!;
    const hacklab = byId.get('hacklab')!;
    // 3.5 h at 2 px a minute would be 420 px; 8.5 h would be 1020 px.
    expect(breakfast.heightPx).toBeLessThan(420);
    expect(hacklab.heightPx).toBeLessThan(1020);
    expect(breakfast.heightPx).toBeGreaterThan(120 * options.pxPerMinute);
    expect(hacklab.heightPx).toBeGreaterThan(breakfast.heightPx);
    expect(rows.filter((row) => row.isCompressed)).toHaveLength(2);
  });

  it('keeps an hour-long talk to scale', () => {
    const { items, rows } = layoutTimeline([item('talk', 0, '09:00', '10:00')], 1, options);
    expect(items[0]?.heightPx).toBe(120);
    expect(rows[0]?.isCompressed).toBe(false);
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
