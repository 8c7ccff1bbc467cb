import { useMemo, useRef, type ReactNode } from 'react';
import { findTightChanges, type TightChange } from '@/domain/plan/find-tight-changes';
import { tightChangeRule } from '@/domain/plan/tight-change-rule';
import { planDays } from '@/domain/plan/plan-days';
import { useShownSchedule } from '@/store/shown-schedule';
import { useClashes, usePlannedTalks } from '@/store/plan-selectors';
import { usePlanStore } from '@/store/plan-store';
import { useShownZone } from '@/store/use-shown-zone';
import { useWalkingMinutes } from '@/store/walking-time';
import { MissingPicks } from './missing-picks';
import { PlanDay } from './plan-day';
import { PlanMenu } from './plan-menu';
import { ResolveClashes } from './resolve-clashes';
import { ScheduleChangesList } from './schedule-changes-list';
import { WatchLater } from './watch-later';
import { TightThresholdSetting } from './tight-threshold-setting';
import { FOCUS_FALLBACK_ATTRIBUTE, FOCUS_LIST_ATTRIBUTE } from '@/lib/remove-keeping-focus';
import { WalkingTimeSetting } from './walking-time-setting';
import styles from './plan-view.module.css';

/** The person's picks by day in time order, with free time, clashes and tight changes. */
export function PlanView({
  firstClashId,
  exportSettings,
  onOpenTalk,
}: {
  /** The id the first clash takes, so the header's clash summary can lead to it. */
  firstClashId?: string;
  /** The calendar export's own settings, shown with the plan's. */
  exportSettings?: ReactNode;
  /** Opens a talk's details (the schedule's dialog) from its title. */
  onOpenTalk?: (talkId: string) => void;
}) {
  const { schedule } = useShownSchedule();
  const { conference } = schedule;
  const conferenceZone = conference.timeZone;
  const zone = useShownZone(conferenceZone);
  const talks = usePlannedTalks();
  const clashes = useClashes();
  const eventThresholdMinutes = usePlanStore((state) => state.tightThresholdMinutes);
  const walkingMinutes = useWalkingMinutes(conference.id);
  const betweenRooms = conference.columnKind === 'room';
  // Grouped by the conference's days whatever zone the times are shown in, as the schedule is.
  const days = useMemo(() => planDays(talks, conferenceZone), [talks, conferenceZone]);
  const tightChangesByTalk = useMemo(() => {
    const rule = tightChangeRule(conference.columnKind, { eventThresholdMinutes, walkingMinutes });
    return new Map<string, TightChange>(
      findTightChanges(talks, rule.minutes, rule.placeOf).map((change) => [change.to.id, change]),
    );
  }, [talks, conference.columnKind, eventThresholdMinutes, walkingMinutes]);
  const firstClashTalkId = clashes[0]?.a.id;
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    // The tab panel already names this view "My plan", so it is no second landmark.
    <div className={styles.plan} {...{ [FOCUS_LIST_ATTRIBUTE]: '' }}>
      <div className={styles.top}>
        {/* Takes focus when the talk it was on leaves the plan. */}
        <h2
          ref={headingRef}
          className={styles.heading}
          tabIndex={-1}
          {...{ [FOCUS_FALLBACK_ATTRIBUTE]: '' }}
        >
          My plan
        </h2>
        <ResolveClashes zone={zone} />
        <PlanMenu focusAfterClearing={() => headingRef.current?.focus()} />
      </div>
      <div className={styles.settings}>
        {betweenRooms ? (
          <WalkingTimeSetting conferenceId={conference.id} />
        ) : (
          <TightThresholdSetting />
        )}
        {exportSettings}
      </div>
      {talks.length === 0 && (
        <p className={styles.empty}>
          No talks starred yet. Star talks in the schedule and they will appear here by day.
        </p>
      )}
      {days.map((day) => (
        <PlanDay
          key={day.date}
          day={day}
          zone={zone}
          conferenceZone={conferenceZone}
          tightChangesByTalk={tightChangesByTalk}
          firstClashTalkId={firstClashTalkId}
          firstClashId={firstClashId}
          onOpenTalk={onOpenTalk}
        />
      ))}
      <ScheduleChangesList />
      <WatchLater zone={zone} />
      <MissingPicks />
    </div>
  );
}
