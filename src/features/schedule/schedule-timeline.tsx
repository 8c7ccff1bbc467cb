import { Fragment, memo, Suspense, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Talk } from '@/domain/schedule-schema';
import { formatDuration } from '@/domain/time/format-duration';
import { formatTime } from '@/domain/time/format-time';
import { formatTalkTime } from '@/domain/time/format-talk-time';
import { nowInTimeline } from '@/domain/time/now-in-timeline';
import { TalkCard } from './talk-card';
import { buildTimelineGrid } from './timeline-grid';
import {
  gridColumnsFor,
  LANE_MIN_REM,
  timelineMaxWidthRem,
  timelineMinWidthRem,
  talksByEvent,
  trackWeights,
} from './track-weights';
import { useGrowingCount } from './use-growing-count';
import { useScrollsSideways } from './use-scrolls-sideways';
import { lazyComponent } from '@/lib/lazy-component';
import { useHydrated } from '@/store/use-hydrated';
import type { BigDayView } from './big-day-window';
import type { TalkListProps } from './talk-list-props';
import styles from './schedule-timeline.module.css';

interface ScheduleTimelineProps extends TalkListProps {
  talks: readonly Talk[];
  /** The current moment; a line marks it when it falls within the day shown. */
  now?: number;
}

/** A folded stretch without talks, labelled with its length and when talks resume. */
function BreakMarker({
  row,
  gridRow,
  shownZone,
}: {
  row: { startMs: number; endMs: number } | undefined;
  gridRow: number;
  shownZone: string;
}) {
  if (!row) return null;
  return (
    <div className={styles.break} aria-hidden="true" style={{ gridRow, gridColumn: '1 / -1' }}>
      <span>
        {formatDuration((row.endMs - row.startMs) / 60_000)} break · talks resume at{' '}
        {formatTime(new Date(row.endMs).toISOString(), shownZone)}
      </span>
    </div>
  );
}

/** Grid rows start below the event headers. */
const FIRST_ROW_LINE = 2;

/**
 * Cards in a newly shown day's first paint, the earliest talks in every room, about a screenful;
 * a big day's other cards follow as many per frame, so that no single task (their first layout
 * above all) blocks the page for long.
 */
const CARDS_PER_FRAME = 40;

/** Days above this many cards draw only those near the view (a star repainted all ~500 of them). */
export const WINDOWED_ABOVE_CARDS = 300;

// Only days above that size follow the view, so its code stays out of start-up.
const BigDayWindow = lazyComponent(() => import('./big-day-window').then((m) => m.BigDayWindow));

// Only drawn during the conference, so its code comes then.
const NowLine = lazyComponent(() => import('./now-line').then((m) => m.NowLine));

const rowAsLaidOut = (heightPx: number) => heightPx;

/**
 * One day as a time grid: a time axis, one column per event, talks sized by duration.
 * On narrow screens the same elements, already in time order, read as a list. When its lanes
 * would get too narrow, the grid scrolls both ways inside a frame, its event headers and time
 * axis stuck to the frame's edges. Memoised: typing a search re-renders it only once the
 * (deferred) results change.
 */
export const ScheduleTimeline = memo(function ScheduleTimeline({
  talks,
  eventOrder,
  shownZone,
  conferenceZone,
  onOpenTalk,
  now,
}: ScheduleTimelineProps) {
  const grid = useMemo(() => buildTimelineGrid(talks, eventOrder), [talks, eventOrder]);
  const weights = useMemo(
    () => trackWeights(grid.columns, talksByEvent(talks)),
    [talks, grid.columns],
  );
  const frameRef = useRef<HTMLDivElement>(null);
  const minWidthRem = timelineMinWidthRem(grid.laneCount);
  const scrolls = useScrollsSideways(frameRef, minWidthRem);
  const { rows } = grid.layout;
  const allItems = grid.layout.items;
  const timelineRef = useRef<HTMLDivElement>(null);
  // A big day draws what its window says; on phones the day is a list, and printed it is whole:
  // then every card is drawn. Until its window reports, it draws its first cards, as the page
  // drawn at build time did.
  const big = allItems.length > WINDOWED_ABOVE_CARDS;
  const hydrated = useHydrated();
  const [reported, setReported] = useState<BigDayView | null>(null);
  const view = big && reported?.grid === grid ? reported : null;
  const drawsWhole = view !== null && (view.listed || view.printing);
  const drawn = drawsWhole ? null : (view?.drawn ?? null);
  const printing = view?.printing ?? false;
  const near = drawn ? view?.near : null;
  const rowMinimum = view?.rowMinimum ?? rowAsLaidOut;
  const onCardFocus = drawn ? view?.onCardFocus : undefined;
  const cardsShown = useGrowingCount(
    big && !drawsWhole ? CARDS_PER_FRAME : allItems.length,
    CARDS_PER_FRAME,
  );
  const shown = useMemo(
    () =>
      drawn
        ? allItems.flatMap((item, index) => (drawn[index] ? [{ item, index }] : []))
        : allItems
            .slice(0, printing ? allItems.length : cardsShown)
            .map((item, index) => ({ item, index })),
    [drawn, allItems, cardsShown, printing],
  );
  const items = shown.map(({ item }) => item);
  const style = {
    '--timeline-min-width': `${minWidthRem}rem`,
    '--timeline-max-width': `${timelineMaxWidthRem(weights)}rem`,
    // Not scrolling means the frame is measured wide enough for every lane's minimum.
    gridTemplateColumns: gridColumnsFor(weights, LANE_MIN_REM),
    gridTemplateRows: `auto ${rows.map((row, index) => `minmax(${rowMinimum(row.heightPx, index)}px, auto)`).join(' ')}`,
  } as CSSProperties;
  const byId = useMemo(() => new Map(talks.map((talk) => [talk.id, talk])), [talks]);
  // Formatted once per talk and zone, and only for the cards drawn so far: a big day's first
  // frame formats 80 time ranges, not 500.
  const timeRangeOf = useMemo(() => {
    const formatted = new Map<string, string>();
    return (talk: Talk) => {
      let range = formatted.get(talk.id);
      if (range === undefined) {
        range = formatTalkTime(talk.start, talk.end, shownZone, conferenceZone);
        formatted.set(talk.id, range);
      }
      return range;
    };
  }, [shownZone, conferenceZone]);
  const nowAt = now === undefined ? null : nowInTimeline(rows, now);
  // In document order the line follows the talks already started, so the phone list reads right too.
  const lineBefore = nowAt ? items.findIndex((item) => item.rowStart > nowAt.rowIndex) : -1;
  const nowLine = nowAt && now !== undefined && (
    <Suspense fallback={null}>
      <NowLine
        gridRow={FIRST_ROW_LINE + nowAt.rowIndex}
        fraction={nowAt.fraction}
        label={`Now ${formatTime(new Date(now).toISOString(), shownZone)}`}
      />
    </Suspense>
  );
  // In document order each break follows the talks before it, so the phone's list shows it too;
  // one after every card drawn so far comes last.
  const breaksBefore = new Map<number, number[]>();
  rows.forEach((row, rowIndex) => {
    if (!row.isBreak) return;
    const next = items.findIndex((item) => item.rowStart > rowIndex);
    breaksBefore.set(next, [...(breaksBefore.get(next) ?? []), rowIndex]);
  });
  const breakMarkers = (rowIndexes: readonly number[] | undefined) =>
    rowIndexes?.map((rowIndex) => (
      <BreakMarker
        key={`break-${rowIndex}`}
        row={rows[rowIndex]}
        gridRow={FIRST_ROW_LINE + rowIndex}
        shownZone={shownZone}
      />
    ));
  // Stuck to the frame's edges, every label is redrawn with each star: far ones wait like cards.
  const rowLabelled = (index: number) => !near || near.rows({ first: index + 1, end: index + 2 });
  const columnLabelled = (column: { firstLine: number; lanes: number }) =>
    !near ||
    near.columns({ first: column.firstLine - 1, end: column.firstLine - 1 + column.lanes });
  return (
    <div ref={frameRef} className={scrolls ? styles.scrolls : undefined}>
      <div
        ref={timelineRef}
        className={[styles.timeline, nowLine && styles.withNowLine, big && styles.big]
          .filter(Boolean)
          .join(' ')}
        style={style}
      >
        <div className={styles.corner} aria-hidden="true" />
        <div className={styles.axis} aria-hidden="true" />
        {grid.columns.filter(columnLabelled).map((column) => (
          <div
            key={column.event}
            className={styles.event}
            style={{ gridColumn: `${column.firstLine} / span ${column.lanes}`, gridRow: 1 }}
            aria-hidden="true"
          >
            {column.event}
          </div>
        ))}
        {rows.map(
          (row, index) =>
            !row.isBreak &&
            row.startsItem &&
            rowLabelled(index) && (
              <div
                key={row.startMs}
                className={styles.time}
                style={{ gridRow: FIRST_ROW_LINE + index, gridColumn: 1 }}
                aria-hidden="true"
              >
                {formatTime(new Date(row.startMs).toISOString(), shownZone)}
              </div>
            ),
        )}
        {rows.map(
          (row, index) =>
            row.isCompressed &&
            rowLabelled(index) && (
              // Hours inside a long session are drawn shorter than to scale; the axis says so.
              <div
                key={`compressed-${row.startMs}`}
                className={styles.compressed}
                style={{ gridRow: FIRST_ROW_LINE + index, gridColumn: 1 }}
                aria-hidden="true"
              />
            ),
        )}
        {shown.map(({ item, index: cardIndex }, index) => {
          const talk = byId.get(item.id);
          const [from, to] = grid.talkColumns.get(item.id) ?? [2, 3];
          if (!talk) return null;
          return (
            <Fragment key={item.id}>
              {breakMarkers(breaksBefore.get(index))}
              {index === lineBefore && nowLine}
              <div
                onFocus={onCardFocus && (() => onCardFocus(cardIndex))}
                className={
                  nowAt && now !== undefined && Date.parse(talk.end) <= now
                    ? `${styles.slot} ${styles.past}`
                    : styles.slot
                }
                style={{
                  gridRow: `${FIRST_ROW_LINE + item.rowStart} / ${FIRST_ROW_LINE + item.rowEnd}`,
                  gridColumn: `${from} / ${to}`,
                }}
              >
                <TalkCard
                  talk={talk}
                  eventIndex={eventOrder.indexOf(talk.column)}
                  timeRange={timeRangeOf(talk)}
                  showEvent={grid.columns.length > 1}
                  onOpen={onOpenTalk}
                />
              </div>
            </Fragment>
          );
        })}
        {breakMarkers(breaksBefore.get(-1))}
        {lineBefore === -1 && nowLine}
      </div>
      {/* Not in the page drawn at build time, which has no view to follow. */}
      {big && hydrated && (
        <Suspense fallback={null}>
          <BigDayWindow
            grid={grid}
            frameRef={frameRef}
            timelineRef={timelineRef}
            scrolls={scrolls}
            onChange={setReported}
          />
        </Suspense>
      )}
    </div>
  );
});
