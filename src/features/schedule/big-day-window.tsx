import { memo, useLayoutEffect, useMemo, type RefObject } from 'react';
import type { TimelineGrid } from './timeline-grid';
import { useDrawnCards, type DrawnCards } from './use-drawn-cards';
import { useDrawsWhole, type WholeDayWanted } from './use-draws-whole';
import { useTalkHash } from './use-talk-hash';

/** What a big day draws, as its window reports it to the timeline. */
export interface BigDayView extends DrawnCards, WholeDayWanted {
  /** The grid it was worked out for: a view of another grid is stale. */
  grid: TimelineGrid;
}

interface BigDayWindowProps {
  grid: TimelineGrid;
  frameRef: RefObject<HTMLElement | null>;
  timelineRef: RefObject<HTMLElement | null>;
  /** Whether the frame scrolls; otherwise the page does. */
  scrolls: boolean;
  /** Stable; called in the same commit as each change, before the browser paints. */
  onChange: (view: BigDayView) => void;
}

/**
 * Follows a day of more than 300 cards and tells the timeline which of them to draw. It draws
 * nothing itself: it lives in its own chunk, fetched only when such a day is shown.
 */
export const BigDayWindow = memo(function BigDayWindow({
  grid,
  frameRef,
  timelineRef,
  scrolls,
  onChange,
}: BigDayWindowProps) {
  const { listed, printing } = useDrawsWhole();
  const { openTalkId } = useTalkHash();
  const cards = useDrawnCards({
    windowing: !listed && !printing,
    grid,
    frameRef,
    timelineRef,
    scrolls,
    openTalkId,
  });
  const { drawn, near, rowMinimum, onCardFocus } = cards;
  const view = useMemo(
    () => ({ grid, listed, printing, drawn, near, rowMinimum, onCardFocus }),
    [grid, listed, printing, drawn, near, rowMinimum, onCardFocus],
  );
  // In the commit itself, so a Tab's or a printout's cards are drawn before the browser goes on.
  useLayoutEffect(() => onChange(view), [view, onChange]);
  return null;
});
