import { SeenEmoji } from '@/components/seen-emoji';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Schedule, Talk } from '@/domain/schedule-schema';
import { compareSharedPlan } from '@/domain/share/compare-shared-plan';
import { describeClash } from '@/domain/plan/describe-plan-flags';
import { findClashes, type ClashWith } from '@/domain/plan/find-clashes';
import type { DecodedShareCode } from '@/domain/share/share-code';
import { formatTimeRange, formatWeekday } from '@/domain/time/format-time';
import { useShownPlanActions, useStarredIds } from '@/store/plan-selectors';
import { useShownZone } from '@/store/use-shown-zone';
import { shareProblemMessage } from './share-problem-message';
import { SharedPlanFrame } from './shared-plan-frame';
import { Button } from '@/components/button';
import { FlagNote } from '@/components/flag-note';
import { VisuallyHidden } from '@/components/visually-hidden';
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
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A link pasted into an open, scrolled page must still show what it brought.
    sectionRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shared]);
  return (
    <SharedPlanFrame ref={sectionRef} onDismiss={onDismiss}>
      {shared.ok ? (
        <SharedPicks schedule={schedule} talkIds={shared.talkIds} mustSeeIds={shared.mustSeeIds} />
      ) : (
        <p role="alert" className={styles.problem}>
          {shareProblemMessage(shared.problem)} Nothing was added to your plan; ask for the link
          again.
        </p>
      )}
    </SharedPlanFrame>
  );
}

interface SharedPicksProps {
  schedule: Schedule;
  talkIds: string[];
  mustSeeIds: string[];
}

function SharedPicks({ schedule, talkIds, mustSeeIds }: SharedPicksProps) {
  const starred = useStarredIds();
  const { current, starAll } = useShownPlanActions();
  const zone = useShownZone(schedule.conference.timeZone);
  const comparison = useMemo(
    () => compareSharedPlan(talkIds, schedule.talks, starred),
    [talkIds, schedule.talks, starred],
  );
  // The shared picks' own clashes, so whoever adds them all knows what they are taking on.
  const clashes = useMemo(() => findClashes(comparison.talks), [comparison.talks]);
  const [added, setAdded] = useState<number | null>(null);

  const addAll = () => {
    const have = current().starred;
    const fresh = comparison.toAdd.filter((id) => !have.includes(id));
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
        {comparison.alsoMine.size > 0 && `, ${comparison.alsoMine.size} already in your plan`}
        {clashes.length > 0 && `; ${formatCount(clashes.length, 'clash', 'clashes')} between them`}.
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
              clashes={clashes.with(talk.id)}
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
  /** The other shared talks this one overlaps. */
  clashes: readonly ClashWith[];
}

/** Heard between the parts of a row that the eye tells apart by their spacing. */
const Separator = () => <VisuallyHidden>, </VisuallyHidden>;

function SharedTalk({ talk, zone, alsoMine, mustSee, clashes }: SharedTalkProps) {
  return (
    <li className={styles.talk}>
      <span className={styles.when}>
        {formatWeekday(talk.start, zone)} {formatTimeRange(talk.start, talk.end, zone)}
      </span>
      <Separator />
      <span className={styles.title}>
        <SeenEmoji text={talk.title} />
      </span>
      <Separator />
      <span className={styles.event}>{talk.column}</span>
      {talk.speakers.length > 0 && (
        <span className={styles.speakers}>
          <Separator />
          {talk.speakers.map((speaker) => speaker.name).join(', ')}
        </span>
      )}
      {mustSee && (
        <span className={styles.mustSee}>
          <Separator />
          Must see
        </span>
      )}
      {alsoMine && (
        <span className={styles.mine}>
          <Separator />
          Also in your plan
        </span>
      )}
      {clashes.map((clash) => (
        <FlagNote key={clash.other.id} tone="clash">
          {describeClash(clash)}
        </FlagNote>
      ))}
    </li>
  );
}
