import {
  EMPTY_PLAN,
  planOf,
  planStorageHealth,
  usePlanStore,
  type ConferencePlan,
} from '../../src/store/plan-store';

/** Puts the app's plan store back as on a first visit. */
export function resetPlanStore(): void {
  localStorage.clear();
  usePlanStore.setState(usePlanStore.getInitialState(), true);
  planStorageHealth.setState(planStorageHealth.getInitialState(), true);
  localStorage.clear();
}

/** Sets one conference's plan in the app's store, as if the person had picked so. */
export function setPlan(conferenceId: string, plan: Partial<ConferencePlan>): void {
  const { plans } = usePlanStore.getState();
  usePlanStore.setState({
    plans: { ...plans, [conferenceId]: { ...EMPTY_PLAN, ...planOf(plans, conferenceId), ...plan } },
  });
}

/** One conference's plan in the app's store as it is now. */
export const planIn = (conferenceId: string): ConferencePlan =>
  planOf(usePlanStore.getState().plans, conferenceId);
