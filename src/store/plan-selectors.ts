import {
  findClashes,
  type Clash,
  type ClashWith,
  type PlanClashes,
} from '../domain/plan/find-clashes';
import { resolvePicks } from '../domain/plan/resolve-picks';
import type { Talk } from '../domain/schedule-schema';
import { usePlanStore, type PlanState } from './plan-store';

/** The plan as derived from the starred ids and the schedule shown. */
export interface DerivedPlan {
  /** Starred talks still in the schedule, in time order. */
  talks: Talk[];
  /** Starred ids the schedule no longer has; kept, but left out of clashes and export. */
  missingIds: string[];
  /** Clashes among `talks`: a count at once, each talk's clashes built when first looked up. */
  clashes: PlanClashes;
}

let lastStarred: readonly string[] | undefined;
let lastTalks: readonly Talk[] | undefined;
let lastPlan: DerivedPlan | undefined;

/**
 * The derived plan, computed once per change of the starred ids or the schedule, so that every
 * talk card can look its clashes up without recomputing them.
 *
 * @example selectPlan(usePlanStore.getState()).clashes.length // 1
 */
export function selectPlan(state: Pick<PlanState, 'starred' | 'scheduleTalks'>): DerivedPlan {
  if (lastPlan && state.starred === lastStarred && state.scheduleTalks === lastTalks) {
    return lastPlan;
  }
  const { talks, missingIds } = resolvePicks(state.starred, state.scheduleTalks);
  lastStarred = state.starred;
  lastTalks = state.scheduleTalks;
  lastPlan = { talks, missingIds, clashes: findClashes(talks) };
  return lastPlan;
}

/** The starred talks still in the schedule, in time order (for My plan and export). */
export const usePlannedTalks = (): Talk[] => usePlanStore((state) => selectPlan(state).talks);

/** Starred ids the schedule no longer has. */
export const useMissingPickIds = (): string[] =>
  usePlanStore((state) => selectPlan(state).missingIds);

/** How many pairs of starred talks clash, without building each clash. */
export const useClashCount = (): number =>
  usePlanStore((state) => selectPlan(state).clashes.length);

/** Every clash between starred talks. */
export const useClashes = (): readonly Clash[] =>
  usePlanStore((state) => selectPlan(state).clashes.list());

/** The other starred talks one talk overlaps; empty when it is not starred or has no clash. */
export const useClashesWith = (talkId: string): readonly ClashWith[] =>
  usePlanStore((state) => selectPlan(state).clashes.with(talkId));
