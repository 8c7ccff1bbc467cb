import type { PlanClashes } from '@/domain/plan/find-clashes';
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

type FindClashes = (talks: readonly Talk[]) => PlanClashes;

// One empty list, so selectors reading it see the same answer each time.
const NONE: readonly never[] = Object.freeze([]);
const NO_CLASHES: PlanClashes = Object.freeze({ length: 0, list: () => NONE, with: () => NONE });

// Clash detection matters only once the plan holds two picks, so it arrives in its own chunk.
let findClashes: FindClashes | null = null;
let loading: Promise<void> | null = null;

/** Fetches clash detection, once; resolves when it is here. A failed fetch may be tried again. */
export function loadClashDetection(): Promise<void> {
  loading ??= import('@/domain/plan/find-clashes').then(
    (module) => {
      findClashes = module.findClashes;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * A function deriving the plan that remembers its last answer, so every talk card can look its
 * clashes up without recomputing them. Each plan store has its own, so stores never share a cache.
 * Until clash detection has arrived a plan has no clashes; a plan of two picks or more fetches it
 * and calls `onClashDetection` once it is here, so the store can derive again.
 *
 * @example const derive = createPlanDeriver(); derive(starred, talks) === derive(starred, talks) // true
 */
export function createPlanDeriver(
  onClashDetection: () => void = () => {},
): (starred: readonly string[], talks: readonly Talk[]) => DerivedPlan {
  let lastStarred: readonly string[] | undefined;
  let lastTalks: readonly Talk[] | undefined;
  let lastFinder: FindClashes | null = null;
  let lastPlan: DerivedPlan | undefined;
  return (starred, talks) => {
    if (lastPlan && starred === lastStarred && talks === lastTalks && lastFinder === findClashes) {
      return lastPlan;
    }
    const resolved = resolvePicks(starred, talks);
    if (!findClashes && resolved.talks.length > 1) {
      // Offline before the chunk was ever cached: no clash is flagged until it can be fetched.
      loadClashDetection().then(onClashDetection, () => undefined);
    }
    lastStarred = starred;
    lastTalks = talks;
    lastFinder = findClashes;
    lastPlan = { ...resolved, clashes: findClashes ? findClashes(resolved.talks) : NO_CLASHES };
    return lastPlan;
  };
}
