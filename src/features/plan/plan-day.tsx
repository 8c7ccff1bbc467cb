import { useId } from 'react';
import { formatDuration } from '@/domain/time/format-duration';
import type { TightChange } from '@/domain/plan/find-tight-changes';
import type { PlanDay as PlanDayData } from '@/domain/plan/plan-days';
import { dayLongLabel } from '@/domain/time/conference-day';
import { formatTalkTime } from '@/domain/time/format-talk-time';
import { PlanTalk } from './plan-talk';
import styles from './plan-day.module.css';
import { formatCount } from '@/domain/format-count';

interface PlanDayProps {
  day: PlanDayData;
  zone: string;
  conferenceZone: string;
  tightChangesByTalk: ReadonlyMap<string, TightChange>;
  firstClashTalkId: string | undefined;
  /** The id the first clash takes, for the header's clash summary to lead to. */
  firstClashId: string | undefined;
  /** Opens a talk's details from its title. */
  onOpenTalk: ((talkId: string) => void) | undefined;
}

/** One day of My plan: its totals, then its picks and free time in order. */
export function PlanDay({
  day,
  zone,
  conferenceZone,
  tightChangesByTalk,
  firstClashTalkId,
  firstClashId,
  onOpenTalk,
}: PlanDayProps) {
  const headingId = useId();
  return (
    <div className={styles.day}>
      <h3 id={headingId} className={styles.heading}>
        {dayLongLabel(day.date, conferenceZone)}
      </h3>
      <p className={styles.totals}>
        {formatCount(day.talkCount, 'talk')} · {formatDuration(day.busyMinutes)} of talks
      </p>
      <ol className={styles.entries} aria-labelledby={headingId}>
        {day.entries.map((entry) =>
          entry.kind === 'talk' ? (
            <li key={entry.talk.id}>
              <PlanTalk
                talk={entry.talk}
                timeRange={formatTalkTime(entry.talk.start, entry.talk.end, zone, conferenceZone)}
                tightChange={tightChangesByTalk.get(entry.talk.id)}
                firstClashId={entry.talk.id === firstClashTalkId ? firstClashId : undefined}
                onOpen={onOpenTalk}
              />
            </li>
          ) : (
            <li key={`gap-${entry.gap.start}`} className={styles.gap}>
              {formatDuration(entry.gap.minutes)} free{' '}
              <span>({formatTalkTime(entry.gap.start, entry.gap.end, zone, conferenceZone)})</span>
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
