import {
  EMPTY_PLAN,
  planOf,
  planStorageHealth,
  usePlanStore,
  type ConferencePlan,
} from '../../src/store/plan-store';
import { loadClashDetection } from '../../src/store/derive-plan';

/**
 * Puts the app's plan store back as on a first visit, once the page has loaded its plan code:
 * clash detection, which the app fetches with the saved plan just after its first render, is here.
 */
export async function resetPlanStore(): Promise<void> {
  localStorage.clear();
  usePlanStore.setState(usePlanStore.getInitialState(), true);
  planStorageHealth.setState(planStorageHealth.getInitialState(), true);
  localStorage.clear();
  await loadClashDetection();
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
