import { SeenEmoji } from '@/components/seen-emoji';
import { formatTimeRange, formatWeekday } from '@/domain/time/format-time';
import { useStarredIds, useWatchLaterIds } from '@/store/plan-selectors';
import { useScheduleTalks } from '@/store/shown-schedule';
import { PlanListSection } from './plan-list-section';
import styles from './watch-later.module.css';

/** Recorded talks dropped to resolve a clash, kept to watch later; hidden while empty. */
export function WatchLater({ zone }: { zone: string }) {
  const watchLater = useWatchLaterIds();
  const starred = useStarredIds();
  const talks = useScheduleTalks();
  // A talk starred again is back in the plan, so it is not listed twice.
  const listed = talks.filter((talk) => watchLater.includes(talk.id) && !starred.includes(talk.id));
  if (listed.length === 0) return null;
  return (
    <PlanListSection
      heading="Watch later"
      tone="kept"
      intro="Recorded talks you dropped to resolve a clash."
    >
      {listed.map((talk) => (
        <li key={talk.id}>
          <span className={styles.when}>
            {formatWeekday(talk.start, zone)} {formatTimeRange(talk.start, talk.end, zone)}
          </span>{' '}
          <SeenEmoji text={talk.title} />
        </li>
      ))}
    </PlanListSection>
  );
}
