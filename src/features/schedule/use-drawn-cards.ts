import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { TimelineGrid } from './timeline-grid';
import {
  cardsToDraw,
  indicesAround,
  rowsWhollyDrawn,
  spansMeet,
  type GridGeometry,
  type TrackSpan,
} from './timeline-window';
import { useCardWindow } from './use-card-window';

/** Cards before and after the focused one drawn as Tab is pressed, so it reaches the next talk. */
const DRAWN_AROUND_TAB = 3;

/** Px estimates for a document without layout (a test's): the header row, the axis, a lane. */
const HEADER_ROW_PX = 40;
const AXIS_PX = 88;
const LANE_PX = 192;
const COLUMN_GAP_PX = 12;

interface DrawnCardsOptions {
  /** Whether the day draws only the cards near the view. */
  windowing: boolean;
  grid: TimelineGrid;
  frameRef: RefObject<HTMLElement | null>;
  timelineRef: RefObject<HTMLElement | null>;
  scrolls: boolean;
  /** The talk the address opens, drawn wherever it is. */
  openTalkId: string | null;
}

export interface DrawnCards {
  /** For each of the day's cards (in the layout's order), whether to draw it; null when not windowing yet. */
  drawn: boolean[] | null;
  /** Whether a span of rows, or of lanes, meets those drawn (their labels are drawn too); null likewise. */
  near: { rows: (span: TrackSpan) => boolean; columns: (span: TrackSpan) => boolean } | null;
  /** A row's least height: the layout's, or the one it was seen at while some of its cards are away. */
  rowMinimum: (heightPx: number, rowIndex: number) => number;
  /** For focus entering the card at `index`: it stays drawn while the view moves away. */
  onCardFocus: (index: number) => void;
}

/**
 * Which cards of a big day to draw: those near the view (useCardWindow), the day's first and last
 * few (so Tab enters the day at either end), the focused card, its neighbours in time order while
 * Tab is pressed, and the talk the address opens.
 */
export function useDrawnCards({
  windowing,
  grid,
  frameRef,
  timelineRef,
  scrolls,
  openTalkId,
}: DrawnCardsOptions): DrawnCards {
  const { items, rows } = grid.layout;
  const cards = useMemo(
    () =>
      items.map((item) => {
        const [from, to] = grid.talkColumns.get(item.id) ?? [2, 3];
        // Tracks count from 0: the header row and the time axis come first.
        return {
          rows: { first: item.rowStart + 1, end: item.rowEnd + 1 },
          columns: { first: from - 1, end: to - 1 },
        };
      }),
    [items, grid.talkColumns],
  );
  const estimate = useMemo<GridGeometry>(
    () => ({
      rowHeights: [HEADER_ROW_PX, ...rows.map((row) => row.heightPx)],
      rowGap: 0,
      columnWidths: [AXIS_PX, ...Array.from({ length: grid.laneCount }, () => LANE_PX)],
      columnGap: COLUMN_GAP_PX,
    }),
    [rows, grid.laneCount],
  );
  const { window: cardWindow, rowsSeen } = useCardWindow({
    enabled: windowing,
    frameRef,
    timelineRef,
    scrolls,
    grid,
    estimate,
  });
  const [focusedCard, setFocusedCard] = useState<number | null>(null);
  const [tabbing, setTabbing] = useState(false);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!windowing || !timeline) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Drawn at once, before the browser moves focus on.
      if (event.key === 'Tab') flushSync(() => setTabbing(true));
    };
    timeline.addEventListener('keydown', onKeyDown);
    return () => timeline.removeEventListener('keydown', onKeyDown);
  }, [windowing, timelineRef]);
  const onCardFocus = useCallback((index: number) => {
    setFocusedCard(index);
    setTabbing(false);
  }, []);
  const drawn = useMemo(() => {
    if (!windowing || cardWindow === null) return null;
    const count = items.length;
    const opened = items.findIndex((item) => item.id === openTalkId);
    const kept = [
      ...indicesAround(0, DRAWN_AROUND_TAB - 1, count),
      ...indicesAround(count - 1, DRAWN_AROUND_TAB - 1, count),
      ...(focusedCard === null
        ? []
        : indicesAround(focusedCard, tabbing ? DRAWN_AROUND_TAB : 0, count)),
      ...(opened === -1 ? [] : [opened]),
    ];
    return cardsToDraw(cards, cardWindow, kept);
  }, [windowing, cardWindow, items, cards, focusedCard, tabbing, openTalkId]);
  // Rows some of whose cards are away keep the height they had when seen, so nothing jumps.
  const wholeRows = useMemo(
    () => (drawn && rowsSeen ? rowsWhollyDrawn(rows.length + 1, cards, drawn) : null),
    [drawn, rowsSeen, rows.length, cards],
  );
  const rowMinimum = useCallback(
    (heightPx: number, rowIndex: number) =>
      wholeRows && rowsSeen && !wholeRows[rowIndex + 1]
        ? Math.max(heightPx, rowsSeen[rowIndex] ?? 0)
        : heightPx,
    [wholeRows, rowsSeen],
  );
  const near = useMemo(() => {
    if (!drawn || !cardWindow) return null;
    return {
      rows: (span: TrackSpan) => spansMeet(span, cardWindow.rows),
      columns: (span: TrackSpan) => spansMeet(span, cardWindow.columns),
    };
  }, [drawn, cardWindow]);
  return { drawn, near, rowMinimum, onCardFocus };
}
