import { useEffect, useState } from 'react';
import { SeenEmoji } from '@/components/seen-emoji';
import { VisuallyHidden } from '@/components/visually-hidden';
import { describeClash } from '@/domain/plan/describe-plan-flags';
import { planOf, usePlanStore } from '@/store/plan-store';
import { useScheduleTalks, useShownConferenceId } from '@/store/shown-schedule';

/**
 * Says politely when a talk just starred overlaps others ("Overlaps with … by 35 min"), wherever
 * the star was pressed: the button itself only reports "pressed".
 */
export function ClashAnnouncer() {
  const talks = useScheduleTalks();
  const conferenceId = useShownConferenceId();
  const [said, setSaid] = useState<{ key: number; text: string } | null>(null);
  useEffect(() => {
    let count = 0;
    return usePlanStore.subscribe((state, previous) => {
      const { starred } = planOf(state.plans, conferenceId);
      const before = planOf(previous.plans, conferenceId).starred;
      const added = starred.filter((id) => !before.includes(id));
      // One star at a time: adding a whole shared plan reports its own outcome.
      if (added.length !== 1 || added[0] === undefined) return;
      const clashes = usePlanStore.derivePlan(starred, talks).clashes.with(added[0]);
      if (clashes.length === 0) return;
      count += 1;
      setSaid({ key: count, text: `${clashes.map(describeClash).join('. ')}.` });
    });
  }, [talks, conferenceId]);
  return (
    <VisuallyHidden>
      <span role="status">
        {said && (
          <span key={said.key}>
            <SeenEmoji text={said.text} />
          </span>
        )}
      </span>
    </VisuallyHidden>
  );
}
