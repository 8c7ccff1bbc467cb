import { useMemo } from 'react';
import { describePickChanges } from '@/domain/schedule-changes/describe-pick-changes';
import { seenOf, useScheduleChangesStore } from '@/store/schedule-changes';
import { useShownSchedule } from '@/store/shown-schedule';
import { useShownZone } from '@/store/use-shown-zone';

/** One sentence per change to a starred talk that the last change of schedule brought. */
export function usePickChangeLines(): string[] {
  const { schedule } = useShownSchedule();
  const zone = useShownZone(schedule.conference.timeZone);
  const changes = useScheduleChangesStore(
    (state) => seenOf(state, schedule.conference.id)?.changes,
  );
  return useMemo(() => (changes ? describePickChanges(changes, zone) : []), [changes, zone]);
}
