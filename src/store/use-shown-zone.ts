import { displayZone, machineTimeZone } from '@/domain/time/display-zone';
import { usePlanStore } from './plan-store';

/** The zone times are shown in: the conference's, or the visitor's own when they chose it. */
export function useShownZone(conferenceZone: string): string {
  const choice = usePlanStore((state) => state.timeDisplay);
  return displayZone(choice, conferenceZone, machineTimeZone());
}
