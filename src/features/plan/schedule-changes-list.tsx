import { usePickChangeLines } from './use-pick-change-lines';
import { PlanListSection } from './plan-list-section';

/** "Changes" in My plan: what the last change of schedule did to starred talks; hidden while none. */
export function ScheduleChangesList() {
  const lines = usePickChangeLines();
  if (lines.length === 0) return null;
  return (
    <PlanListSection
      heading="Changes"
      tone="changed"
      intro="Since you last looked, the schedule changed these picks."
    >
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </PlanListSection>
  );
}
