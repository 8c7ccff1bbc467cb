/**
 * Which cards of a big day's grid to draw: those whose grid area meets the part of the grid on
 * screen, widened by a margin, plus a few kept for the keyboard. Pure: the sizes come in measured.
 */

/** Tracks [first, end) of one grid axis, counted from 0 (the header row, the time axis column). */
export interface TrackSpan {
  first: number;
  end: number;
}

/** A card's grid area in tracks. */
export interface WindowCard {
  rows: TrackSpan;
  columns: TrackSpan;
}

/** The grid's tracks as laid out, in px: rows from the header row down, columns from the axis. */
export interface GridGeometry {
  rowHeights: readonly number[];
  rowGap: number;
  columnWidths: readonly number[];
  columnGap: number;
}

/** A rectangle in the grid's own px, from its top-left corner. */
export interface GridRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The tracks whose cards are drawn. */
export interface CardWindow {
  rows: TrackSpan;
  columns: TrackSpan;
}

/**
 * The tracks of one axis that a px span [from, to) meets, gaps between tracks counted.
 *
 * @example tracksMeeting([40, 100, 100], 0, 130, 150) // { first: 1, end: 3 }: 40–140 and 140–240
 */
export function tracksMeeting(
  sizes: readonly number[],
  gap: number,
  from: number,
  to: number,
): TrackSpan {
  let first = sizes.length;
  let end = sizes.length;
  let start = 0;
  for (const [index, size] of sizes.entries()) {
    if (start >= to) {
      end = index;
      break;
    }
    if (first === sizes.length && start + size > from) first = index;
    start += size + gap;
  }
  return first === sizes.length ? { first, end: first } : { first, end };
}

/**
 * `rect` grown by `x` px left and right and `y` px up and down.
 *
 * @example grownBy({ left: 0, top: 100, right: 50, bottom: 200 }, 10, 100) // { left: -10, top: 0, right: 60, bottom: 300 }
 */
export function grownBy(rect: GridRect, x: number, y: number): GridRect {
  return { left: rect.left - x, top: rect.top - y, right: rect.right + x, bottom: rect.bottom + y };
}

/**
 * Whether `outer` holds all of `inner`.
 *
 * @example covers({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 2, top: 2, right: 9, bottom: 11 }) // false
 */
export function covers(outer: GridRect, inner: GridRect): boolean {
  return (
    outer.left <= inner.left &&
    outer.top <= inner.top &&
    outer.right >= inner.right &&
    outer.bottom >= inner.bottom
  );
}

/**
 * The rows and columns of the grid that `rect` meets.
 *
 * @example windowOver({ rowHeights: [40, 100, 100, 100], rowGap: 0, columnWidths: [80, 200, 200], columnGap: 10 },
 *   { left: 0, top: 150, right: 100, bottom: 250 }) // rows { first: 2, end: 4 }, columns { first: 0, end: 2 }
 */
export function windowOver(geometry: GridGeometry, rect: GridRect): CardWindow {
  return {
    rows: tracksMeeting(geometry.rowHeights, geometry.rowGap, rect.top, rect.bottom),
    columns: tracksMeeting(geometry.columnWidths, geometry.columnGap, rect.left, rect.right),
  };
}

/**
 * Whether two spans of tracks share one.
 *
 * @example spansMeet({ first: 1, end: 3 }, { first: 3, end: 5 }) // false
 */
export const spansMeet = (a: TrackSpan, b: TrackSpan): boolean =>
  Math.max(a.first, b.first) < Math.min(a.end, b.end);

/**
 * For each card, whether to draw it: its area meets the window, or its index is in `kept`.
 *
 * @example cardsToDraw([{ rows: { first: 1, end: 2 }, columns: { first: 1, end: 2 } }],
 *   { rows: { first: 3, end: 5 }, columns: { first: 0, end: 3 } }, []) // [false]
 */
export function cardsToDraw(
  cards: readonly WindowCard[],
  window: CardWindow,
  kept: Iterable<number>,
): boolean[] {
  const drawn = cards.map(
    (card) => spansMeet(card.rows, window.rows) && spansMeet(card.columns, window.columns),
  );
  for (const index of kept) if (index >= 0 && index < drawn.length) drawn[index] = true;
  return drawn;
}

/**
 * Indices from `index - radius` to `index + radius` that exist in a list of `count`.
 *
 * @example indicesAround(1, 3, 10) // [0, 1, 2, 3, 4]
 */
export function indicesAround(index: number, radius: number, count: number): number[] {
  const from = Math.max(0, index - radius);
  const to = Math.min(count - 1, index + radius);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * For each row track, whether every card that covers it is drawn: such a row sizes itself to its
 * cards, any other keeps the height it was last seen at, so that cards leaving never shrink it.
 *
 * @example rowsWhollyDrawn(3, [{ rows: { first: 1, end: 3 }, columns: … }, { rows: { first: 2, end: 3 }, columns: … }],
 *   [true, false]) // [true, true, false]
 */
export function rowsWhollyDrawn(
  rowCount: number,
  cards: readonly WindowCard[],
  drawn: readonly boolean[],
): boolean[] {
  const whole = Array.from({ length: rowCount }, () => true);
  for (const [index, card] of cards.entries()) {
    if (drawn[index]) continue;
    for (let row = card.rows.first; row < card.rows.end && row < rowCount; row++) {
      whole[row] = false;
    }
  }
  return whole;
}

/**
 * The px sizes in a resolved `grid-template-rows` or `-columns` ("40px 100.5px …"), or null
 * when it is not `count` lengths in px (not laid out, as in a test's document).
 *
 * @example trackSizes('40px 100.5px', 2) // [40, 100.5]
 * @example trackSizes('auto minmax(76px, auto)', 2) // null
 */
export function trackSizes(resolved: string, count: number): number[] | null {
  const parts = resolved.trim().split(/\s+/);
  if (parts.length !== count || !parts.every((part) => /^\d+(\.\d+)?px$/.test(part))) return null;
  return parts.map((part) => parseFloat(part));
}
