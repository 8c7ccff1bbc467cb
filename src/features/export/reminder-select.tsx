import { useId } from 'react';
import { usePlanStore } from '@/store/plan-store';
import { REMINDER_CHOICES, reminderFromValue } from './reminder-choices';
import styles from './reminder-select.module.css';

/** Picks the reminder written into exported events; the choice is remembered with the plan. */
export function ReminderSelect() {
  const id = useId();
  const reminderMinutes = usePlanStore((state) => state.reminderMinutes);
  const setReminderMinutes = usePlanStore((state) => state.setReminderMinutes);
  return (
    <span className={styles.reminder}>
      <label htmlFor={id}>Reminder in exported events</label>
      <select
        id={id}
        value={String(reminderMinutes)}
        onChange={(event) => {
          const minutes = reminderFromValue(event.target.value);
          if (minutes !== null) setReminderMinutes(minutes);
        }}
      >
        {REMINDER_CHOICES.map((choice) => (
          <option key={choice.minutes} value={String(choice.minutes)}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  );
}
