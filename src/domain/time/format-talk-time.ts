import { dayOf } from './conference-day';
import { formatTimeRange, formatWeekday } from './format-time';

/**
 * A talk's time range in the zone shown, prefixed with the weekday when that zone's date
 * differs from the conference day the talk is listed under.
 *
 * @example formatTalkTime('2023-11-06T09:15:00-06:00', '2023-11-06T09:40:00-06:00', 'Asia/Tokyo', 'America/Chicago')
 *   // "Tue 12:15 – 12:40 AM"
 */
export function formatTalkTime(
  start: string,
  end: string,
  shownZone: string,
  conferenceZone: string,
): string {
  const range = formatTimeRange(start, end, shownZone);
  return dayOf(start, shownZone) === dayOf(start, conferenceZone)
    ? range
    : `${formatWeekday(start, shownZone)} ${range}`;
}
