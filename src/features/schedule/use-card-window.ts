import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
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

interface WindowState {
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

export interface CardWindowOptions {
  /** Whether to follow the view at all: only big days, laid out as a grid. */
  enabled: boolean;
  /** The frame that scrolls both ways when the grid is wider than the page, else only wraps it. */
  frameRef: RefObject<HTMLElement | null>;
  timelineRef: RefObject<HTMLElement | null>;
  /** Whether the frame scrolls; otherwise the page does. */
  scrolls: boolean;
  /** Changes whenever the rows or lanes do. */
  grid: object;
  /** Track sizes to use where nothing is laid out (a test's document). */
  estimate: GridGeometry;
}

export interface CardWindowView {
  /** The rows and columns whose cards to draw; null until measured (so hydration matches). */
  window: CardWindow | null;
  /** Heights the timeline rows had when last seen, to keep while some of their cards are away. */
  rowsSeen: readonly number[] | null;
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
 * page), and says which tracks' cards to draw: those on screen and half a view beyond each way.
 * It redraws only once the view comes within a quarter view of the edge of what is drawn; scroll
 * events are passive and read once per frame.
 */
export function useCardWindow({
  enabled,
  frameRef,
  timelineRef,
  scrolls,
  grid,
  estimate,
}: CardWindowOptions): CardWindowView {
  const [state, setState] = useState<WindowState | null>(null);
  const latest = useRef(state);
  useEffect(() => {
    const timeline = timelineRef.current;
    const page = timeline?.ownerDocument.defaultView;
    if (!enabled || !timeline || !page) return;
    const frame = scrolls ? frameRef.current : null;
    const update = () => {
      scheduled = 0;
      const view = viewOf(timeline, frame);
      const width = timeline.getBoundingClientRect().width;
      const [marginX, marginY] = [
        page.innerWidth * MARGIN_IN_VIEWS,
        page.innerHeight * MARGIN_IN_VIEWS,
      ];
      const current = latest.current;
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
      const next: WindowState = {
        grid,
        covered,
        window: windowOver(measured ?? estimate, covered),
        rowsSeen: stale || !measured ? null : measured.rowHeights.slice(1),
        width,
      };
      if (stale) schedule();
      latest.current = next;
      // Behind a press or a key: cards coming into the margin can wait a frame.
      startTransition(() => setState(next));
    };
    let scheduled = 0;
    const schedule = () => {
      if (scheduled === 0) scheduled = page.requestAnimationFrame(update);
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
  }, [enabled, frameRef, timelineRef, scrolls, grid, estimate]);
  return {
    window: state?.window ?? null,
    rowsSeen: state?.grid === grid ? state.rowsSeen : null,
  };
}
