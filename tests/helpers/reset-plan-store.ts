import type { Talk } from '../../src/domain/schedule-schema';
import { planStorageHealth, usePlanStore } from '../../src/store/plan-store';

/** Puts the app's plan store back as on a first visit, showing `talks` as the schedule. */
export function resetPlanStore(talks: readonly Talk[] = []): void {
  usePlanStore.setState(usePlanStore.getInitialState(), true);
  usePlanStore.getState().setScheduleTalks(talks);
  planStorageHealth.setState(planStorageHealth.getInitialState(), true);
  localStorage.clear();
}
