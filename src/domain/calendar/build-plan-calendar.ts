import type { Conference } from '@/domain/schedule-schema';
import { buildCalendar, type CalendarInput } from './build-calendar';

/**
 * The calendar's name for a plan.
 *
 * @example planCalendarName(conference) // "KubeCon NA 2023 — my plan"
 */
function planCalendarName(conference: Pick<Conference, 'shortName'>): string {
  return `${conference.shortName} — my plan`;
}

/**
 * The whole plan as one .ics text, named after the conference so it reads well as its own calendar.
 *
 * @example buildPlanCalendar({ talks, conference, reminderMinutes: 0, now: Date.now() })
 */
export function buildPlanCalendar(input: Omit<CalendarInput, 'name'>): string {
  return buildCalendar({ ...input, name: planCalendarName(input.conference) });
}
