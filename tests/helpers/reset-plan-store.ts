import { planStorageHealth, usePlanStore } from '../../src/store/plan-store';

/** Puts the app's plan store back as on a first visit. */
export function resetPlanStore(): void {
  localStorage.clear();
  usePlanStore.setState(usePlanStore.getInitialState(), true);
  planStorageHealth.setState(planStorageHealth.getInitialState(), true);
  localStorage.clear();
}
