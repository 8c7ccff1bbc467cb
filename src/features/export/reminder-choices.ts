import type { ReminderMinutes } from '@/store/plan-store';

/** The reminders offered at export, in menu order. */
export const REMINDER_CHOICES: readonly { minutes: ReminderMinutes; label: string }[] = [
  { minutes: 0, label: 'No reminder' },
  { minutes: 5, label: '5 min before' },
  { minutes: 10, label: '10 min before' },
  { minutes: 15, label: '15 min before' },
];

/**
 * The reminder a select's value names, or null for anything not offered.
 *
 * @example reminderFromValue('10') // 10
 */
export function reminderFromValue(value: string): ReminderMinutes | null {
  return REMINDER_CHOICES.find((choice) => String(choice.minutes) === value)?.minutes ?? null;
}
