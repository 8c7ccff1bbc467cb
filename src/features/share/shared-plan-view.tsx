import { SeenEmoji } from '@/components/seen-emoji';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Schedule, Talk } from '@/domain/schedule-schema';
import { compareSharedPlan } from '@/domain/share/compare-shared-plan';
import type { DecodedShareCode } from '@/domain/share/share-code';
import { formatTimeRange, formatWeekday } from '@/domain/time/format-time';
import { usePlanStore } from '@/store/plan-store';
import { useShownZone } from '@/store/use-shown-zone';
import { shareProblemMessage } from './share-problem-message';
import { Button } from '@/components/button';
import styles from './shared-plan-view.module.css';
import { formatCount } from '@/domain/format-count';

interface SharedPlanViewProps {
  schedule: Schedule;
  shared: DecodedShareCode;
  onDismiss: () => void;
}

function unknownNote(count: number): string {
  return count === 1
    ? '1 talk in this link is not in the schedule and was skipped.'
    : `${count} talks in this link are not in the schedule and were skipped.`;
}

function noneKnownNote(count: number): string {
  return count === 1
    ? 'The talk in this link is not in this schedule, so there is nothing to add.'
    : `None of the ${count} talks in this link are in this schedule, so there is nothing to add.`;
}

function addedNote(count: number): string {
  return count === 0
    ? 'All these talks were already in your plan.'
    : `Added ${formatCount(count, 'talk')} to your plan.`;
}

/** Someone else's picks from a share link, beside one's own; one's plan changes only on "Add all to my plan". */
export function SharedPlanView({ schedule, shared, onDismiss }: SharedPlanViewProps) {
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A link pasted into an open, scrolled page must still show what it brought.
    sectionRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shared]);
  return (
    <section ref={sectionRef} className={styles.shared} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId}>Shared plan</h2>
        <Button variant="outline" onClick={onDismiss}>
          Close shared plan
        </Button>
      </div>
      {shared.ok ? (
        <SharedPicks schedule={schedule} talkIds={shared.talkIds} mustSeeIds={shared.mustSeeIds} />
      ) : (
        <p role="alert" className={styles.problem}>
          {shareProblemMessage(shared.problem)} Nothing was added to your plan; ask for the link
          again.
        </p>
      )}
    </section>
  );
}

interface SharedPicksProps {
  schedule: Schedule;
  talkIds: string[];
  mustSeeIds: string[];
}

function SharedPicks({ schedule, talkIds, mustSeeIds }: SharedPicksProps) {
  const starred = usePlanStore((state) => state.starred);
  const zone = useShownZone(schedule.conference.timeZone);
  const comparison = useMemo(
    () => compareSharedPlan(talkIds, schedule.talks, starred),
    [talkIds, schedule.talks, starred],
  );
  const [added, setAdded] = useState<number | null>(null);

  const addAll = () => {
    const { starred: current, starAll } = usePlanStore.getState();
    const fresh = comparison.toAdd.filter((id) => !current.includes(id));
    starAll(fresh, mustSeeIds);
    setAdded(fresh.length);
  };

  if (comparison.talks.length === 0) {
    return <p>{noneKnownNote(comparison.unknownCount)}</p>;
  }

  return (
    <>
      <p>
        {formatCount(comparison.talks.length, 'talk')} shared with you
        {comparison.alsoMine.size > 0 && `, ${comparison.alsoMine.size} already in your plan`}.
      </p>
      {comparison.unknownCount > 0 && <p>{unknownNote(comparison.unknownCount)}</p>}
      {comparison.talks.length > 0 && (
        <ul className={styles.list}>
          {comparison.talks.map((talk) => (
            <SharedTalk
              key={talk.id}
              talk={talk}
              zone={zone}
              alsoMine={comparison.alsoMine.has(talk.id)}
              mustSee={mustSeeIds.includes(talk.id)}
            />
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button onClick={addAll}>Add all to my plan</Button>
        <p role="status">{added !== null && addedNote(added)}</p>
      </div>
    </>
  );
}

interface SharedTalkProps {
  talk: Talk;
  zone: string;
  alsoMine: boolean;
  mustSee: boolean;
}

function SharedTalk({ talk, zone, alsoMine, mustSee }: SharedTalkProps) {
  return (
    <li className={styles.talk}>
      <span className={styles.when}>
        {formatWeekday(talk.start, zone)} {formatTimeRange(talk.start, talk.end, zone)}
      </span>
      <span className={styles.title}>
        <SeenEmoji text={talk.title} />
      </span>
      <span className={styles.event}>{talk.column}</span>
      {mustSee && <span className={styles.mustSee}>Must see</span>}
      {alsoMine && <span className={styles.mine}>Also in your plan</span>}
    </li>
  );
}
