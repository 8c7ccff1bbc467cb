import type { Talk } from '@/domain/schedule-schema';
import { compareByTime } from '@/domain/time/compare-by-time';

/** The starred ids split into talks still in the schedule and ids it no longer has. */
export interface ResolvedPicks {
  /** Starred talks in time order. */
  talks: Talk[];
  /** Starred ids that name no talk in the current schedule; kept, never dropped. */
  missingIds: string[];
}

/**
 * Looks the starred ids up in the schedule, keeping ids that vanished apart.
 *
 * @example resolvePicks(['1Rj0z', 'gone'], schedule.talks) // { talks: [adobeTalk], missingIds: ['gone'] }
 */
export function resolvePicks(starred: readonly string[], talks: readonly Talk[]): ResolvedPicks {
  const wanted = new Set(starred);
  const found = talks.filter((talk) => wanted.has(talk.id));
  const foundIds = new Set(found.map((talk) => talk.id));
  found.sort(compareByTime);
  return { talks: found, missingIds: starred.filter((id) => !foundIds.has(id)) };
}
