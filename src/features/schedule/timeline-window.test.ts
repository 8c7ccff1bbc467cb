import { describe, expect, it } from 'vitest';
import {
  cardsToDraw,
  covers,
  grownBy,
  indicesAround,
  rowsWhollyDrawn,
  spansMeet,
  trackSizes,
  tracksMeeting,
  windowOver,
  type WindowCard,
} from './timeline-window';

// Rows: a 40 px header, then three 100 px rows (0–40, 40–140, 140–240, 240–340).
// Columns: an 80 px axis, then two 200 px lanes 10 px apart (0–80, 90–290, 300–500).
const geometry = {
  rowHeights: [40, 100, 100, 100],
  rowGap: 0,
  columnWidths: [80, 200, 200],
  columnGap: 10,
};

const card = (rows: [number, number], columns: [number, number]): WindowCard => ({
  rows: { first: rows[0], end: rows[1] },
  columns: { first: columns[0], end: columns[1] },
});

describe('tracksMeeting', () => {
  it('finds the tracks a span overlaps', () => {
    expect(tracksMeeting([40, 100, 100], 0, 130, 150)).toEqual({ first: 1, end: 3 });
    expect(tracksMeeting([40, 100, 100], 0, -50, 10_000)).toEqual({ first: 0, end: 3 });
  });

  it('does not count a track the span only touches at its edge', () => {
    // 140 is where the second track (40–140) ends and the third (140–240) starts.
    expect(tracksMeeting([40, 100, 100], 0, 140, 240)).toEqual({ first: 2, end: 3 });
  });

  it('counts the gaps between tracks, and a span inside a gap meets none', () => {
    // With 10 px gaps the tracks sit at 0–80, 90–290 and 300–500.
    const inGap = tracksMeeting([80, 200, 200], 10, 295, 299);
    expect(inGap.end).toBe(inGap.first);
    expect(tracksMeeting([80, 200, 200], 10, 289, 301)).toEqual({ first: 1, end: 3 });
  });

  it('meets nothing above or below the tracks', () => {
    const above = tracksMeeting([40, 100], 0, -300, -1);
    const below = tracksMeeting([40, 100], 0, 141, 900);
    expect(above.end - above.first).toBe(0);
    expect(below.end - below.first).toBe(0);
  });
});

describe('windowOver', () => {
  it('takes the rows and columns a rectangle of the grid meets', () => {
    // 150–250 px down: rows at 140–240 and 240–340; 0–100 px across: the axis and the first lane.
    expect(windowOver(geometry, { left: 0, top: 150, right: 100, bottom: 250 })).toEqual({
      rows: { first: 2, end: 4 },
      columns: { first: 0, end: 2 },
    });
  });
});

describe('grownBy and covers', () => {
  it('grows a rectangle each way and tells whether one holds another', () => {
    const view = { left: 0, top: 100, right: 50, bottom: 200 };
    const grown = grownBy(view, 10, 100);
    expect(grown).toEqual({ left: -10, top: 0, right: 60, bottom: 300 });
    expect(covers(grown, view)).toBe(true);
    expect(covers(view, grown)).toBe(false);
    expect(covers(grown, { ...view, bottom: 301 })).toBe(false);
  });
});

describe('spansMeet', () => {
  it('needs a shared track, not a shared edge', () => {
    expect(spansMeet({ first: 1, end: 3 }, { first: 3, end: 5 })).toBe(false);
    expect(spansMeet({ first: 1, end: 4 }, { first: 3, end: 5 })).toBe(true);
    expect(spansMeet({ first: 2, end: 2 }, { first: 0, end: 5 })).toBe(false);
  });
});

describe('cardsToDraw', () => {
  const window = { rows: { first: 2, end: 4 }, columns: { first: 0, end: 2 } };

  it('draws the cards whose area meets the window, and those kept', () => {
    const cards = [
      card([1, 2], [1, 2]), // above the window's rows
      card([1, 3], [1, 2]), // runs into its second row
      card([2, 3], [2, 3]), // in its rows, but in the lane right of it
      card([3, 4], [1, 3]), // spans both lanes, one of them in
    ];
    expect(cardsToDraw(cards, window, [])).toEqual([false, true, false, true]);
    expect(cardsToDraw(cards, window, [2, 7, -1])).toEqual([false, true, true, true]);
  });
});

describe('indicesAround', () => {
  it('lists the indices within a radius that exist', () => {
    expect(indicesAround(1, 3, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(indicesAround(9, 2, 10)).toEqual([7, 8, 9]);
    expect(indicesAround(5, 0, 10)).toEqual([5]);
  });
});

describe('rowsWhollyDrawn', () => {
  it('marks a row whole only when every card covering it is drawn', () => {
    // Tracks 0–3; the drawn card covers rows 1–2, the other rows 2–3.
    const cards = [card([1, 3], [1, 2]), card([2, 4], [2, 3])];
    expect(rowsWhollyDrawn(4, cards, [true, false])).toEqual([true, true, false, false]);
    expect(rowsWhollyDrawn(4, cards, [true, true])).toEqual([true, true, true, true]);
  });
});

describe('trackSizes', () => {
  it('reads the px sizes of a laid-out grid, and nothing else', () => {
    expect(trackSizes('40px 100.5px', 2)).toEqual([40, 100.5]);
    expect(trackSizes('40px 100.5px', 3)).toBeNull();
    expect(trackSizes('auto minmax(76px, auto)', 2)).toBeNull();
  });
});
