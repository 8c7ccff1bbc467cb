import { displayZone, machineTimeZone } from '../../domain/time/display-zone';
import { usePlanStore } from '../../store/plan-store';

/** The zone the plan shows times in: the conference's, or the visitor's own when chosen. */
export function usePlanZone(conferenceZone: string): string {
  const choice = usePlanStore((state) => state.timeDisplay);
  return displayZone(choice, conferenceZone, machineTimeZone());
}
