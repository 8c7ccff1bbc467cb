import type { Talk } from '@/domain/schedule-schema';
import { compareByTime } from '@/domain/time/compare-by-time';

/** A shared plan set against the schedule and the reader's own picks. */
export interface SharedPlanComparison {
  /** The shared talks found in the schedule, in time order. */
  talks: Talk[];
  /** Ids of shared talks the reader has already picked. */
  alsoMine: Set<string>;
  /** Shared talks the reader has not picked yet, in time order. */
  toAdd: string[];
  /** How many ids in the link name no talk in this schedule. */
  unknownCount: number;
}

/**
 * Sets shared ids against the schedule and one's own picks; ids no longer in the schedule are counted, not shown.
 *
 * @example compareSharedPlan(['a', 'gone'], talks, ['a']) // { talks: [a], alsoMine: {'a'}, toAdd: [], unknownCount: 1 }
 */
export function compareSharedPlan(
  sharedIds: readonly string[],
  talks: readonly Talk[],
  myIds: readonly string[],
): SharedPlanComparison {
  const wanted = new Set(sharedIds);
  const mine = new Set(myIds);
  const found = talks.filter((talk) => wanted.has(talk.id)).sort(compareByTime);
  const foundIds = new Set(found.map((talk) => talk.id));
  return {
    talks: found,
    alsoMine: new Set(found.filter((talk) => mine.has(talk.id)).map((talk) => talk.id)),
    toAdd: found.filter((talk) => !mine.has(talk.id)).map((talk) => talk.id),
    unknownCount: wanted.size - foundIds.size,
  };
}
