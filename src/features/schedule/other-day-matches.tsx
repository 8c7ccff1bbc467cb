import { Button } from '@/components/button';
import styles from './other-day-matches.module.css';

export interface DayCount {
  date: string;
  label: string;
  count: number;
}

interface OtherDayMatchesProps {
  /** Days other than the one shown that have matching talks. */
  days: readonly DayCount[];
  onSelectDay: (date: string) => void;
}

/** Links to the other days that hold matches, such as "2 more on Tue 7 Nov". */
export function OtherDayMatches({ days, onSelectDay }: OtherDayMatchesProps) {
  if (days.length === 0) return null;
  return (
    <ul className={styles.days} aria-label="Matches on other days">
      {days.map((day) => (
        <li key={day.date}>
          <Button variant="link" onClick={() => onSelectDay(day.date)}>
            {day.count} more on {day.label}
          </Button>
        </li>
      ))}
    </ul>
  );
}
