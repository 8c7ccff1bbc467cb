import { useMemo } from 'react';
import type { Clash, ClashWith } from '@/domain/plan/find-clashes';
import type { Talk } from '@/domain/schedule-schema';
import type { DerivedPlan } from './derive-plan';
import { planOf, removalOf, usePlanStore, type ConferencePlan, type Removal } from './plan-store';
import { useScheduleTalks, useShownConferenceId } from './shown-schedule';

/** One value of the shown conference's plan, re-rendering only when it changes. */
export function useShownPlan<T>(pick: (plan: ConferencePlan) => T): T {
  const conferenceId = useShownConferenceId();
  return usePlanStore((state) => pick(planOf(state.plans, conferenceId)));
}

/** The shown conference's starred ids, in the order they were starred. */
export const useStarredIds = (): string[] => useShownPlan((plan) => plan.starred);

/** The shown conference's must-see ids. */
export const useMustSeeIds = (): string[] => useShownPlan((plan) => plan.mustSee);

/** The shown conference's watch-later ids. */
export const useWatchLaterIds = (): string[] => useShownPlan((plan) => plan.watchLater);

/** Whether one talk of the shown conference is starred; re-renders only when that answer changes. */
export const useIsStarred = (talkId: string): boolean =>
  useShownPlan((plan) => plan.starred.includes(talkId));

/** Whether one talk of the shown conference is must see; re-renders only when that answer changes. */
export const useIsMustSee = (talkId: string): boolean =>
  useShownPlan((plan) => plan.mustSee.includes(talkId));

/** The shown conference's last removal from its plan, for Undo. */
export function useLastRemoval(): Removal | null {
  const conferenceId = useShownConferenceId();
  return usePlanStore((state) => removalOf(state, conferenceId));
}

/**
 * The plan's actions for the shown conference, so a view never names a conference itself; each
 * reads the store when called, as a click handler should.
 *
 * @example const { toggleStar } = useShownPlanActions(); toggleStar('1Rj0z')
 */
export function useShownPlanActions() {
  const conferenceId = useShownConferenceId();
  return useMemo(() => {
    const actions = () => usePlanStore.getState();
    return {
      conferenceId,
      /** The shown conference's plan as it is this moment. */
      current: () => planOf(actions().plans, conferenceId),
      toggleStar: (talkId: string) => actions().toggleStar(conferenceId, talkId),
      toggleMustSee: (talkId: string) => actions().toggleMustSee(conferenceId, talkId),
      starAll: (talkIds: readonly string[], mustSeeIds?: readonly string[]) =>
        actions().starAll(conferenceId, talkIds, mustSeeIds),
      applyClashResolution: (droppedIds: readonly string[], watchLaterIds: readonly string[]) =>
        actions().applyClashResolution(conferenceId, droppedIds, watchLaterIds),
      clearPlan: () => actions().clearPlan(conferenceId),
      undoRemoval: () => actions().undoRemoval(conferenceId),
      dismissRemoval: () => actions().dismissRemoval(conferenceId),
    };
  }, [conferenceId]);
}

/** One value of the derived plan of the schedule shown, re-rendering only when it changes. */
function useDerivedPlan<T>(pick: (plan: DerivedPlan) => T): T {
  const talks = useScheduleTalks();
  const conferenceId = useShownConferenceId();
  return usePlanStore((state) =>
    pick(usePlanStore.derivePlan(planOf(state.plans, conferenceId).starred, talks)),
  );
}

/** The starred talks still in the schedule, in time order (for My plan and export). */
export const usePlannedTalks = (): Talk[] => useDerivedPlan((plan) => plan.talks);

/** Starred ids the schedule does not have. */
export const useMissingPickIds = (): string[] => useDerivedPlan((plan) => plan.missingIds);

/** How many pairs of starred talks clash, without building each clash. */
export const useClashCount = (): number => useDerivedPlan((plan) => plan.clashes.length);

/** Every clash between starred talks. */
export const useClashes = (): readonly Clash[] => useDerivedPlan((plan) => plan.clashes.list());

/** The other starred talks one talk overlaps; empty when it is not starred or has no clash. */
export const useClashesWith = (talkId: string): readonly ClashWith[] =>
  useDerivedPlan((plan) => plan.clashes.with(talkId));
