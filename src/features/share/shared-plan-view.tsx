import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Schedule, Talk } from '../../domain/schedule-schema';
import { compareSharedPlan } from '../../domain/share/compare-shared-plan';
import type { DecodedShareCode } from '../../domain/share/share-code';
import { displayZone, machineTimeZone } from '../../domain/time/display-zone';
import { formatTimeRange, formatWeekday } from '../../domain/time/format-time';
import { usePlanStore } from '../../store/plan-store';
import { shareProblemMessage } from './share-problem-message';
import './share.css';

interface SharedPlanViewProps {
  schedule: Schedule;
  shared: DecodedShareCode;
  onDismiss: () => void;
}

const talkCount = (count: number) => `${count} ${count === 1 ? 'talk' : 'talks'}`;

function unknownNote(count: number): string {
  return count === 1
    ? '1 talk in this link is not in the schedule and was skipped.'
    : `${count} talks in this link are not in the schedule and were skipped.`;
}

function addedNote(count: number): string {
  return count === 0
    ? 'All these talks were already in your plan.'
    : `Added ${talkCount(count)} to your plan.`;
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
    <section ref={sectionRef} className="shared-plan" aria-labelledby={headingId}>
      <div className="shared-plan__top">
        <h2 id={headingId}>Shared plan</h2>
        <button type="button" className="button-outline shared-plan__close" onClick={onDismiss}>
          Close shared plan
        </button>
      </div>
      {shared.ok ? (
        <SharedPicks schedule={schedule} talkIds={shared.talkIds} />
      ) : (
        <p role="alert" className="shared-plan__problem">
          {shareProblemMessage(shared.problem)} Nothing was added to your plan; ask for the link
          again.
        </p>
      )}
    </section>
  );
}

function SharedPicks({ schedule, talkIds }: { schedule: Schedule; talkIds: string[] }) {
  const starred = usePlanStore((state) => state.starred);
  const zone = displayZone(
    usePlanStore((state) => state.timeDisplay),
    schedule.conference.timeZone,
    machineTimeZone(),
  );
  const comparison = useMemo(
    () => compareSharedPlan(talkIds, schedule.talks, starred),
    [talkIds, schedule.talks, starred],
  );
  const [added, setAdded] = useState<number | null>(null);

  const addAll = () => {
    const { starred: current, starAll } = usePlanStore.getState();
    const fresh = comparison.toAdd.filter((id) => !current.includes(id));
    starAll(fresh);
    setAdded(fresh.length);
  };

  return (
    <>
      <p>
        {talkCount(comparison.talks.length)} shared with you
        {comparison.alsoMine.size > 0 && `, ${comparison.alsoMine.size} already in your plan`}.
      </p>
      {comparison.unknownCount > 0 && <p>{unknownNote(comparison.unknownCount)}</p>}
      {comparison.talks.length > 0 && (
        <ul className="shared-plan__list">
          {comparison.talks.map((talk) => (
            <SharedTalk
              key={talk.id}
              talk={talk}
              zone={zone}
              alsoMine={comparison.alsoMine.has(talk.id)}
            />
          ))}
        </ul>
      )}
      <div className="shared-plan__actions">
        <button type="button" className="shared-plan__add" onClick={addAll}>
          Add all to my plan
        </button>
        <p role="status" className="shared-plan__added">
          {added !== null && addedNote(added)}
        </p>
      </div>
    </>
  );
}

function SharedTalk({ talk, zone, alsoMine }: { talk: Talk; zone: string; alsoMine: boolean }) {
  return (
    <li className="shared-plan__talk">
      <span className="shared-plan__when">
        {formatWeekday(talk.start, zone)} {formatTimeRange(talk.start, talk.end, zone)}
      </span>
      <span className="shared-plan__title">{talk.title}</span>
      <span className="shared-plan__event">{talk.column}</span>
      {alsoMine && <span className="shared-plan__mine">Also in your plan</span>}
    </li>
  );
}
