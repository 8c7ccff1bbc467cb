import type { Talk } from '@/domain/schedule-schema';
import { groupByDay } from '@/domain/time/conference-day';
import { compareByTime } from '@/domain/time/compare-by-time';

/** A stretch of the day with nothing planned between two picks. */
export interface FreeGap {
  start: string;
  end: string;
  minutes: number;
}

/** One entry of a day of the plan, in time order. */
export type PlanEntry = { kind: 'talk'; talk: Talk } | { kind: 'gap'; gap: FreeGap };

/** One day of the plan with its picks, the free time between them and its totals. */
export interface PlanDay {
  /** `YYYY-MM-DD` in the display zone. */
  date: string;
  entries: PlanEntry[];
  talkCount: number;
  /** Time spent in talks; overlapping picks are counted once. */
  busyMinutes: number;
}

/**
 * The picks grouped by day in `timeZone`, in time order, with free gaps between them.
 * Days without picks are left out.
 *
 * @example planDays([talk0915to0940, talk1020to1025], 'America/Chicago')[0]?.entries[1]
 *   // { kind: 'gap', gap: { start: '…09:40…', end: '…10:20…', minutes: 40 } }
 */
export function planDays(talks: readonly Talk[], timeZone: string): PlanDay[] {
  const byDay = groupByDay(talks, [], timeZone);
  return [...byDay.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([date, dayTalks]) => buildDay(date, dayTalks));
}

function buildDay(date: string, talks: Talk[]): PlanDay {
  const sorted = [...talks].sort(compareByTime);
  const entries: PlanEntry[] = [];
  let busyMinutes = 0;
  let latestEnd: { instant: string; ms: number } | undefined;
  for (const talk of sorted) {
    const start = Date.parse(talk.start);
    const end = Date.parse(talk.end);
    if (latestEnd && start > latestEnd.ms) {
      entries.push({
        kind: 'gap',
        gap: {
          start: latestEnd.instant,
          end: talk.start,
          minutes: (start - latestEnd.ms) / 60_000,
        },
      });
    }
    // Only the part after everything earlier has ended adds to the busy time.
    const countedFrom = latestEnd ? Math.max(start, latestEnd.ms) : start;
    busyMinutes += Math.max(0, end - countedFrom) / 60_000;
    if (!latestEnd || end > latestEnd.ms) latestEnd = { instant: talk.end, ms: end };
    entries.push({ kind: 'talk', talk });
  }
  return { date, entries, talkCount: sorted.length, busyMinutes: Math.round(busyMinutes) };
}
