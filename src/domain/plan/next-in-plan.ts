import type { Talk } from '@/domain/schedule-schema';

/** A pick under way at the moment asked about. */
export interface PickOnNow {
  talk: Talk;
  /** Whole minutes until it ends, rounded up so a talk never "ends in 0 min" while still on. */
  endsInMinutes: number;
}

/** The next pick to start after the moment asked about. */
export interface PickUpNext {
  talk: Talk;
  /** Whole minutes until it starts, rounded up. */
  startsInMinutes: number;
}

/** What the plan holds at one moment: the picks on now and the next one to start. */
export interface NextInPlan {
  /** Picks that have started and not yet ended, earliest end first. */
  onNow: PickOnNow[];
  /** The first pick starting later, or null after the last one. */
  next: PickUpNext | null;
}

const MINUTE_MS = 60_000;

/**
 * The picks on at `nowMs` and the next one to start, whatever day they fall on.
 * A talk is on from its start (inclusive) to its end (exclusive).
 *
 * @example nextInPlan([tutorial1630to1800, battle1725to1800], Date.parse('2023-11-07T16:45:00-06:00'))
 *   // { onNow: [{ talk: tutorial, endsInMinutes: 75 }], next: { talk: battle, startsInMinutes: 40 } }
 */
export function nextInPlan(picks: readonly Talk[], nowMs: number): NextInPlan {
  const onNow: PickOnNow[] = [];
  let next: PickUpNext | null = null;
  let nextStartMs = Infinity;
  for (const talk of picks) {
    const startMs = Date.parse(talk.start);
    const endMs = Date.parse(talk.end);
    if (startMs <= nowMs && nowMs < endMs) {
      onNow.push({ talk, endsInMinutes: Math.ceil((endMs - nowMs) / MINUTE_MS) });
    } else if (startMs > nowMs && startMs < nextStartMs) {
      nextStartMs = startMs;
      next = { talk, startsInMinutes: Math.ceil((startMs - nowMs) / MINUTE_MS) };
    }
  }
  onNow.sort((a, b) => a.endsInMinutes - b.endsInMinutes);
  return { onNow, next };
}
