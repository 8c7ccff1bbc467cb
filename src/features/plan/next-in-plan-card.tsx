import { SeenEmoji } from '@/components/seen-emoji';
import { useId, useMemo } from 'react';
import { formatDuration } from '@/domain/time/format-duration';
import { formatTimeUntil } from '@/domain/plan/format-time-until';
import { nextInPlan } from '@/domain/plan/next-in-plan';
import { dayOf } from '@/domain/time/conference-day';
import { conferenceToday } from '@/domain/time/conference-today';
import { formatTime, formatWeekday } from '@/domain/time/format-time';
import { usePlannedTalks } from '@/store/plan-selectors';
import { useShownSchedule } from '@/store/shown-schedule';
import { useShownZone } from '@/store/use-shown-zone';
import styles from './next-in-plan-card.module.css';

interface NextInPlanCardProps {
  /** The current moment, as epoch ms. */
  now: number;
}

/** During the conference: the picks on now and the next one, with how long until it starts. */
export function NextInPlanCard({ now }: NextInPlanCardProps) {
  const { conference } = useShownSchedule().schedule;
  const headingId = useId();
  const zone = useShownZone(conference.timeZone);
  const talks = usePlannedTalks();
  const { onNow, next } = useMemo(() => nextInPlan(talks, now), [talks, now]);
  const duringConference = conferenceToday(conference.days, now, conference.timeZone) !== null;
  if (!duringConference || (onNow.length === 0 && !next)) return null;
  const nowIso = new Date(now).toISOString();
  // A pick on a later day names its weekday, so "5:25 PM" is never mistaken for today.
  const nextDay =
    next && dayOf(next.talk.start, zone) !== dayOf(nowIso, zone)
      ? `${formatWeekday(next.talk.start, zone)} `
      : '';
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Next in your plan
      </h2>
      <ul className={styles.list}>
        {onNow.map(({ talk, endsInMinutes }) => (
          <li key={talk.id}>
            <span className={styles.label}>On now:</span>{' '}
            <span className={styles.title}>
              <SeenEmoji text={talk.title} />
            </span>
            , ends in {formatDuration(endsInMinutes)}
          </li>
        ))}
        {next && (
          <li>
            <span className={styles.label}>Next:</span>{' '}
            <span className={styles.title}>
              <SeenEmoji text={next.talk.title} />
            </span>{' '}
            at {nextDay}
            {formatTime(next.talk.start, zone)}, {formatTimeUntil(next.startsInMinutes)}
          </li>
        )}
      </ul>
    </section>
  );
}
