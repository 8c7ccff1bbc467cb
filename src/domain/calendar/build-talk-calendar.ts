import type { Talk } from '@/domain/schedule-schema';
import { buildCalendar, type CalendarInput } from './build-calendar';

/**
 * One talk as .ics text. It has no calendar name, so clients add the event to a calendar the
 * person chooses; its UID matches the plan export, so the two never duplicate each other.
 *
 * @example buildTalkCalendar({ talk, conference, reminderMinutes: 5, now: Date.now() })
 */
export function buildTalkCalendar(
  input: Omit<CalendarInput, 'name' | 'talks'> & { talk: Talk },
): string {
  const { talk, ...rest } = input;
  return buildCalendar({ ...rest, talks: [talk], name: null });
}
