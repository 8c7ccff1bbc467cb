import type { Talk } from '@/domain/schedule-schema';
import { layoutTimeline, type TimelineLayout } from '@/domain/time/timeline-layout';

export interface EventColumn {
  event: string;
  /** First CSS grid column line of this event (the time axis is column 1). */
  firstLine: number;
  lanes: number;
}

export interface TimelineGrid {
  layout: TimelineLayout;
  columns: EventColumn[];
  /** Grid column lines [start, end) of each talk, by id. */
  talkColumns: Map<string, [number, number]>;
  laneCount: number;
}

/**
 * Lays out one day's talks: one column per event that has talks, in the conference's event order,
 * split into lanes where talks in one event overlap.
 */
export function buildTimelineGrid(
  talks: readonly Talk[],
  eventOrder: readonly string[],
): TimelineGrid {
  const events = eventOrder.filter((event) => talks.some((talk) => talk.column === event));
  const extra = [...new Set(talks.map((t) => t.column))].filter((e) => !events.includes(e));
  const shown = [...events, ...extra];
  const layout = layoutTimeline(
    talks.map((talk) => ({
      id: talk.id,
      column: shown.indexOf(talk.column),
      start: talk.start,
      end: talk.end,
    })),
    shown.length,
  );
  let line = 2;
  const columns = shown.map((event, index) => {
    const lanes = layout.columnLanes[index] ?? 1;
    const column = { event, firstLine: line, lanes };
    line += lanes;
    return column;
  });
  const talkColumns = new Map<string, [number, number]>();
  for (const item of layout.items) {
    const column = columns[item.column];
    if (!column) continue;
    // A talk in lane i of k covers its share of the event's lanes.
    const from = Math.floor((item.lane * column.lanes) / item.lanes);
    const to = Math.floor(((item.lane + 1) * column.lanes) / item.lanes);
    talkColumns.set(item.id, [column.firstLine + from, column.firstLine + to]);
  }
  return { layout, columns, talkColumns, laneCount: line - 2 };
}
