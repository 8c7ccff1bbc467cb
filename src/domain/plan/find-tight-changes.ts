import type { Talk } from '@/domain/schedule-schema';

/** Two consecutive picks in different places with little time to walk between them. */
export interface TightChange {
  from: Talk;
  to: Talk;
  /** Where the person walks from and to: two events, or two rooms. */
  fromPlace: string;
  toPlace: string;
  gapMinutes: number;
}

/** Where a talk is, for telling a change of place; null when the source does not say. */
export type PlaceOf = (talk: Talk) => string | null;

/** The bundled schedule's places: its co-located events, one per grid column. */
export const eventOf: PlaceOf = (talk) => talk.column;

/**
 * Consecutive, non-overlapping picks in different places that leave less than `thresholdMinutes`
 * to move between them. Overlapping picks are clashes, not tight changes; a pick whose place is
 * unknown is never called tight.
 *
 * @example findTightChanges([ciliumTalkEnding1015, kubeconTalkAt1020], 10)
 *   // [{ from: ciliumTalkEnding1015, to: kubeconTalkAt1020, fromPlace: 'CiliumCon', toPlace: 'KubeCon + CloudNativeCon', gapMinutes: 5 }]
 */
export function findTightChanges(
  talks: readonly Talk[],
  thresholdMinutes: number,
  placeOf: PlaceOf = eventOf,
): TightChange[] {
  const timed = talks
    .map((talk) => ({ talk, start: Date.parse(talk.start), end: Date.parse(talk.end) }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const changes: TightChange[] = [];
  let previous: (typeof timed)[number] | undefined;
  for (const current of timed) {
    if (previous && current.start >= previous.end) {
      const gapMinutes = Math.round((current.start - previous.end) / 60_000);
      const fromPlace = placeOf(previous.talk);
      const toPlace = placeOf(current.talk);
      if (
        gapMinutes < thresholdMinutes &&
        fromPlace !== null &&
        toPlace !== null &&
        fromPlace !== toPlace
      ) {
        changes.push({ from: previous.talk, to: current.talk, fromPlace, toPlace, gapMinutes });
      }
    }
    // The talk that ends last is the one the person walks out of.
    if (!previous || current.end > previous.end) previous = current;
  }
  return changes;
}
