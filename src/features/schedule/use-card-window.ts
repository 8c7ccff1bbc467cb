import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import type { CardWindow, GridGeometry } from './timeline-window';
import { followCardWindow, type WindowState } from './follow-card-window';

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

/** Which part of a big day's grid is on screen and half a view beyond, as `followCardWindow` reports it. */
export function useCardWindow({
  enabled,
  frameRef,
  timelineRef,
  scrolls,
  grid,
  estimate,
}: CardWindowOptions): CardWindowView {
  const [state, setState] = useState<WindowState | null>(null);
  const latest = useRef<WindowState | null>(null);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!enabled || !timeline) return;
    const frame = scrolls ? frameRef.current : null;
    return followCardWindow({
      timeline,
      frame,
      grid,
      estimate,
      latest: () => latest.current,
      onChange: (next) => {
        latest.current = next;
        // Behind a press or a key: cards coming into the margin can wait a frame.
        startTransition(() => setState(next));
      },
    });
  }, [enabled, frameRef, timelineRef, scrolls, grid, estimate]);
  return {
    window: state?.window ?? null,
    rowsSeen: state?.grid === grid ? state.rowsSeen : null,
  };
}
