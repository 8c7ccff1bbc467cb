import { useShownSchedule } from '@/store/shown-schedule';
import { SharedPlanView } from './shared-plan-view';
import { useSharedPlan } from './use-shared-plan';

/** Shows the shared plan when the page was opened from a share link; renders nothing otherwise. */
export function SharedPlanFromLink() {
  const { schedule } = useShownSchedule();
  const { shared, dismiss } = useSharedPlan();
  return shared === null ? null : (
    <SharedPlanView schedule={schedule} shared={shared} onDismiss={dismiss} />
  );
}
