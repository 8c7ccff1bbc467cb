import {
  covers,
  grownBy,
  trackSizes,
  windowOver,
  type CardWindow,
  type GridGeometry,
  type GridRect,
} from './timeline-window';

/**
 * How far beyond the view cards are drawn, in views: half a view each way keeps a star's repaint
 * near an ordinary day's (a whole view each way measured half as fast again), and scrolling by
 * less than a quarter view draws nothing new.
 */
const MARGIN_IN_VIEWS = 0.5;

export interface WindowState {
  /** The grid (by identity) the sizes below were measured on. */
  grid: object;
  /** The part of the grid the drawn cards cover, in its px: the view grown by the margin. */
  covered: GridRect;
  window: CardWindow;
  /** The timeline rows' heights as last laid out, header row left out, or null if not measured. */
  rowsSeen: readonly number[] | null;
  /** The grid's width then: wider or narrower cards are shorter or taller, so seen heights lapse. */
  width: number;
}

export interface FollowOptions {
  timeline: HTMLElement;
  /** The frame, when it scrolls both ways; otherwise the page scrolls. */
  frame: HTMLElement | null;
  /** Changes whenever the rows or lanes do. */
  grid: object;
  /** Track sizes to use where nothing is laid out (a test's document). */
  estimate: GridGeometry;
  /** The last state given, which the view is checked against before measuring again. */
  latest: () => WindowState | null;
  onChange: (next: WindowState) => void;
}

/** The part of the viewport (and of the frame, when it scrolls) the grid can show. */
function viewOf(timeline: HTMLElement, frame: HTMLElement | null): GridRect {
  const page = timeline.ownerDocument.defaultView;
  let view: GridRect = {
    left: 0,
    top: 0,
    right: page?.innerWidth ?? 0,
    bottom: page?.innerHeight ?? 0,
  };
  if (frame) {
    const box = frame.getBoundingClientRect();
    view = {
      left: Math.max(view.left, box.left),
      top: Math.max(view.top, box.top),
      right: Math.min(view.right, box.right),
      bottom: Math.min(view.bottom, box.bottom),
    };
  }
  const origin = timeline.getBoundingClientRect();
  return {
    left: view.left - origin.left,
    top: view.top - origin.top,
    right: view.right - origin.left,
    bottom: view.bottom - origin.top,
  };
}

/** The grid's tracks as the browser laid them out, or null where there is no layout. */
function laidOut(timeline: HTMLElement, estimate: GridGeometry): GridGeometry | null {
  const style = getComputedStyle(timeline);
  const rowHeights = trackSizes(style.gridTemplateRows, estimate.rowHeights.length);
  const columnWidths = trackSizes(style.gridTemplateColumns, estimate.columnWidths.length);
  if (!rowHeights || !columnWidths) return null;
  return {
    rowHeights,
    columnWidths,
    rowGap: parseFloat(style.rowGap) || 0,
    columnGap: parseFloat(style.columnGap) || 0,
  };
}

/**
 * Follows what part of a big day's grid is on screen, from whichever scrolls (the frame or the
 * page), and reports which tracks' cards to draw: those on screen and half a view beyond each way.
 * It reports only once the view comes within a quarter view of the edge of what is drawn; scroll
 * events are passive and read once per frame. Returns the function that stops following.
 */
export function followCardWindow({
  timeline,
  frame,
  grid,
  estimate,
  latest,
  onChange,
}: FollowOptions): () => void {
  const page = timeline.ownerDocument.defaultView;
  if (!page) return () => {};
  let scheduled = 0;
  const schedule = () => {
    if (scheduled === 0) scheduled = page.requestAnimationFrame(update);
  };
  const update = () => {
    scheduled = 0;
    const view = viewOf(timeline, frame);
    const width = timeline.getBoundingClientRect().width;
    const [marginX, marginY] = [
      page.innerWidth * MARGIN_IN_VIEWS,
      page.innerHeight * MARGIN_IN_VIEWS,
    ];
    const current = latest();
    const sameGrid = current?.grid === grid;
    const widthKept = current?.width === width;
    if (
      sameGrid &&
      widthKept &&
      current.rowsSeen !== null &&
      covers(current.covered, grownBy(view, marginX / 2, marginY / 2))
    ) {
      return;
    }
    const measured = laidOut(timeline, estimate);
    // Heights seen at another width are stale: rows first settle at their cards' own heights.
    const stale = sameGrid && current.rowsSeen !== null && !widthKept;
    const covered = grownBy(view, marginX, marginY);
    if (stale) schedule();
    onChange({
      grid,
      covered,
      window: windowOver(measured ?? estimate, covered),
      rowsSeen: stale || !measured ? null : measured.rowHeights.slice(1),
      width,
    });
  };
  schedule();
  // Captured, so the frame's own scrolling is heard as well as the page's.
  page.addEventListener('scroll', schedule, { passive: true, capture: true });
  page.addEventListener('resize', schedule, { passive: true });
  return () => {
    page.cancelAnimationFrame(scheduled);
    page.removeEventListener('scroll', schedule, { capture: true });
    page.removeEventListener('resize', schedule);
  };
}
