import { dayOf } from './conference-day';
import { crossesMidnight, formatTimeRange, formatWeekday } from './format-time';

/**
 * A talk's time range in the zone shown, prefixed with the weekday when that zone's date
 * differs from the conference day the talk is listed under, or when the talk runs past midnight.
 *
 * @example formatTalkTime('2023-11-06T09:15:00-06:00', '2023-11-06T09:40:00-06:00', 'Asia/Tokyo', 'America/Chicago')
 *   // "Tue 12:15 – 12:40 AM"
 * @example formatTalkTime('2023-11-07T08:30:00-06:00', '2023-11-07T10:00:00-06:00', 'Asia/Tokyo', 'America/Chicago')
 *   // "Tue 11:30 PM – Wed 1:00 AM"
 */
export function formatTalkTime(
  start: string,
  end: string,
  shownZone: string,
  conferenceZone: string,
): string {
  const range = formatTimeRange(start, end, shownZone);
  return dayOf(start, shownZone) === dayOf(start, conferenceZone) &&
    !crossesMidnight(start, end, shownZone)
    ? range
    : `${formatWeekday(start, shownZone)} ${range}`;
}
