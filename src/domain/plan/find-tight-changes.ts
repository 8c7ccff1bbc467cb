import type { Talk } from '@/domain/schedule-schema';

/** Two consecutive picks at different events with little time to walk between them. */
export interface TightChange {
  from: Talk;
  to: Talk;
  gapMinutes: number;
}

/**
 * Consecutive, non-overlapping picks at different events that leave less than
 * `thresholdMinutes` to move between rooms. Overlapping picks are clashes, not tight changes.
 *
 * @example findTightChanges([ciliumTalkEnding1015, kubeconTalkAt1020], 10)
 *   // [{ from: ciliumTalkEnding1015, to: kubeconTalkAt1020, gapMinutes: 5 }]
 */
export function findTightChanges(talks: readonly Talk[], thresholdMinutes: number): TightChange[] {
  const timed = talks
    .map((talk) => ({ talk, start: Date.parse(talk.start), end: Date.parse(talk.end) }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const changes: TightChange[] = [];
  let previous: (typeof timed)[number] | undefined;
  for (const current of timed) {
    if (previous && current.start >= previous.end) {
      const gapMinutes = Math.round((current.start - previous.end) / 60_000);
      if (gapMinutes < thresholdMinutes && previous.talk.column !== current.talk.column) {
        changes.push({ from: previous.talk, to: current.talk, gapMinutes });
      }
    }
    // The talk that ends last is the one the person walks out of.
    if (!previous || current.end > previous.end) previous = current;
  }
  return changes;
}
