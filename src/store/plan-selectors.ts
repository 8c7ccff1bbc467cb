import type { Clash, ClashWith } from '@/domain/plan/find-clashes';
import type { Talk } from '@/domain/schedule-schema';
import type { DerivedPlan } from './derive-plan';
import { usePlanStore } from './plan-store';
import { useScheduleTalks } from './shown-schedule';

/** One value of the derived plan of the schedule shown, re-rendering only when it changes. */
function useDerivedPlan<T>(pick: (plan: DerivedPlan) => T): T {
  const talks = useScheduleTalks();
  return usePlanStore((state) => pick(usePlanStore.derivePlan(state.starred, talks)));
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
