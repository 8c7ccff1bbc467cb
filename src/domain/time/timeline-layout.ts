/** Something with a start and end that sits in one column of the timeline. */
export interface TimelineItem {
  id: string;
  /** Zero-based column, e.g. the event's index. */
  column: number;
  start: string;
  end: string;
}

export interface TimelineOptions {
  /** Vertical scale for time that holds talks. */
  pxPerMinute: number;
  /** No block is ever shorter than this, so five-minute talks stay readable and clickable. */
  minBlockPx: number;
  /** Empty stretches at least this long are drawn as a labelled break instead of to scale. */
  breakAfterMinutes: number;
  /** Height of the shortest break. */
  breakPx: number;
  /** How much taller a break gets each time its length doubles, so a long break looks longer. */
  breakPxPerDoubling: number;
  /** Stretches inside talks longer than this are drawn shorter than to scale (a day-long session). */
  longRowAfterMinutes: number;
  /** How much taller a compressed stretch gets each time its length doubles. */
  longRowPxPerDoubling: number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  pxPerMinute: 4,
  minBlockPx: 76,
  breakAfterMinutes: 15,
  breakPx: 60,
  breakPxPerDoubling: 16,
  longRowAfterMinutes: 60,
  longRowPxPerDoubling: 24,
};

/**
 * A row's height before any talk is stretched to its minimum: to scale, except for breaks and
 * long stretches inside talks, which grow with the logarithm of their length.
 *
 * @example rowHeightPx(35, false, DEFAULT_TIMELINE_OPTIONS) // 80: a labelled break, taller than 15 min's 60
 * @example rowHeightPx(10, false, DEFAULT_TIMELINE_OPTIONS) // 40: to scale
 */
export function rowHeightPx(minutes: number, covered: boolean, options: TimelineOptions): number {
  const grow = (base: number, from: number, perDoubling: number) =>
    Math.round(base + perDoubling * Math.log2(minutes / from));
  if (!covered && minutes >= options.breakAfterMinutes) {
    return grow(options.breakPx, options.breakAfterMinutes, options.breakPxPerDoubling);
  }
  if (covered && minutes > options.longRowAfterMinutes) {
    const scalePx = options.longRowAfterMinutes * options.pxPerMinute;
    return grow(scalePx, options.longRowAfterMinutes, options.longRowPxPerDoubling);
  }
  return minutes * options.pxPerMinute;
}

/** One horizontal band of the timeline between two consecutive start or end times. */
export interface TimelineRow {
  startMs: number;
  endMs: number;
  topPx: number;
  heightPx: number;
  /** A labelled empty stretch, drawn shorter than to scale. */
  isBreak: boolean;
  /** A long stretch inside talks, drawn shorter than to scale. */
  isCompressed: boolean;
  /** Whether some item starts where this row starts (the time axis labels those). */
  startsItem: boolean;
}

/** Where one item sits: rows [rowStart, rowEnd) of its column, in lane `lane` of `lanes`. */
export interface PlacedItem {
  id: string;
  column: number;
  rowStart: number;
  rowEnd: number;
  topPx: number;
  heightPx: number;
  lane: number;
  lanes: number;
}

export interface TimelineLayout {
  rows: TimelineRow[];
  items: PlacedItem[];
  heightPx: number;
  /** The most lanes any column needs, per column. */
  columnLanes: number[];
}

interface Span {
  item: TimelineItem;
  startMs: number;
  endMs: number;
}

/**
 * Places items on a shared time axis: rows break at every start and end, a row's height
 * follows its duration, short items are stretched to `minBlockPx` (pushing later rows down),
 * long empty stretches become breaks and hours inside one long session are compressed (both still
 * growing with their length), and items overlapping in one column sit in side-by-side lanes.
 *
 * @example layoutTimeline([{ id: 'a', column: 0, start: '…T10:20…', end: '…T10:25…' }]).items[0].heightPx // 76
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  columnCount: number,
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): TimelineLayout {
  const spans: Span[] = items
    .map((item) => ({ item, startMs: Date.parse(item.start), endMs: Date.parse(item.end) }))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const boundaries = [...new Set(spans.flatMap((s) => [s.startMs, s.endMs]))].sort((a, b) => a - b);
  const starts = new Set(spans.map((s) => s.startMs));
  const rows: TimelineRow[] = boundaries.slice(0, -1).map((startMs, index) => {
    const endMs = boundaries[index + 1] as number;
    const minutes = (endMs - startMs) / 60_000;
    const covered = spans.some((s) => s.startMs <= startMs && s.endMs >= endMs);
    const isBreak = !covered && minutes >= options.breakAfterMinutes;
    return {
      startMs,
      endMs,
      topPx: 0,
      heightPx: rowHeightPx(minutes, covered, options),
      isBreak,
      isCompressed: covered && minutes > options.longRowAfterMinutes,
      startsItem: starts.has(startMs),
    };
  });

  const rowIndex = new Map(boundaries.map((ms, index) => [ms, index]));
  const ranges = spans.map((s) => ({
    span: s,
    rowStart: rowIndex.get(s.startMs) as number,
    rowEnd: rowIndex.get(s.endMs) as number,
  }));
  // Growing an item's last row only ever makes other items taller, so one pass settles every minimum.
  for (const { rowStart, rowEnd } of ranges) {
    const height = sumHeights(rows, rowStart, rowEnd);
    const lastRow = rows[rowEnd - 1];
    if (lastRow && height < options.minBlockPx) lastRow.heightPx += options.minBlockPx - height;
  }
  let top = 0;
  for (const row of rows) {
    row.topPx = top;
    top += row.heightPx;
  }

  const lanes = assignLanes(spans);
  const columnLanes = Array.from({ length: columnCount }, () => 1);
  const placed = ranges.map(({ span, rowStart, rowEnd }) => {
    const { lane, lanes: laneCount } = lanes.get(span.item.id) ?? { lane: 0, lanes: 1 };
    const column = span.item.column;
    columnLanes[column] = Math.max(columnLanes[column] ?? 1, laneCount);
    return {
      id: span.item.id,
      column,
      rowStart,
      rowEnd,
      topPx: rows[rowStart]?.topPx ?? 0,
      heightPx: sumHeights(rows, rowStart, rowEnd),
      lane,
      lanes: laneCount,
    };
  });
  return { rows, items: placed, heightPx: top, columnLanes };
}

function sumHeights(rows: readonly TimelineRow[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += rows[i]?.heightPx ?? 0;
  return sum;
}

/** Gives each item a lane within its column so that items overlapping in time never share one. */
function assignLanes(spans: readonly Span[]): Map<string, { lane: number; lanes: number }> {
  const result = new Map<string, { lane: number; lanes: number }>();
  const byColumn = new Map<number, Span[]>();
  for (const span of spans) {
    const list = byColumn.get(span.item.column) ?? [];
    list.push(span);
    byColumn.set(span.item.column, list);
  }
  for (const columnSpans of byColumn.values()) {
    let cluster: Span[] = [];
    let laneEnds: number[] = [];
    let clusterEnd = -Infinity;
    const closeCluster = () => {
      for (const s of cluster) {
        const entry = result.get(s.item.id);
        if (entry) entry.lanes = laneEnds.length;
      }
      cluster = [];
      laneEnds = [];
    };
    for (const span of columnSpans) {
      if (span.startMs >= clusterEnd) closeCluster();
      let lane = laneEnds.findIndex((end) => end <= span.startMs);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = span.endMs;
      cluster.push(span);
      clusterEnd = Math.max(clusterEnd, span.endMs);
      result.set(span.item.id, { lane, lanes: 1 });
    }
    closeCluster();
  }
  return result;
}
