import { findClashes, type PlanClashes } from '@/domain/plan/find-clashes';
import { resolvePicks } from '@/domain/plan/resolve-picks';
import type { Talk } from '@/domain/schedule-schema';

/** The plan as derived from the starred ids and the schedule shown. */
export interface DerivedPlan {
  /** Starred talks still in the schedule, in time order. */
  talks: Talk[];
  /** Starred ids the schedule does not have (vanished, or ids no talk could have); kept, but left out of clashes and export. */
  missingIds: string[];
  /** Clashes among `talks`: a count at once, each talk's clashes built when first looked up. */
  clashes: PlanClashes;
}

/**
 * A function deriving the plan that remembers its last answer, so every talk card can look its
 * clashes up without recomputing them. Each plan store has its own, so stores never share a cache.
 *
 * @example const derive = createPlanDeriver(); derive(starred, talks) === derive(starred, talks) // true
 */
export function createPlanDeriver(): (
  starred: readonly string[],
  talks: readonly Talk[],
) => DerivedPlan {
  let lastStarred: readonly string[] | undefined;
  let lastTalks: readonly Talk[] | undefined;
  let lastPlan: DerivedPlan | undefined;
  return (starred, talks) => {
    if (lastPlan && starred === lastStarred && talks === lastTalks) return lastPlan;
    const resolved = resolvePicks(starred, talks);
    lastStarred = starred;
    lastTalks = talks;
    lastPlan = { ...resolved, clashes: findClashes(resolved.talks) };
    return lastPlan;
  };
}
