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
    <ul className="other-days" aria-label="Matches on other days">
      {days.map((day) => (
        <li key={day.date}>
          <button type="button" className="link-button" onClick={() => onSelectDay(day.date)}>
            {day.count} more on {day.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
