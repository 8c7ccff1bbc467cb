import { displayZone, machineTimeZone } from '../../domain/time/display-zone';
import { usePlanStore } from '../../store/plan-store';

/** The zone times are shown in: the conference's by default, the visitor's own when they choose it. */
export function useDisplayZone(conferenceZone: string): string {
  const choice = usePlanStore((state) => state.timeDisplay);
  return displayZone(choice, conferenceZone, machineTimeZone());
}
