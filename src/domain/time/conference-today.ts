import { dayOf } from './conference-day';

/**
 * The conference day (`YYYY-MM-DD`) that `nowMs` falls on in the conference's zone, or null when
 * it is not one of `days` (or no moment is given).
 *
 * @example conferenceToday(['2023-11-06', '2023-11-07'], Date.parse('2023-11-07T16:45:00-06:00'), 'America/Chicago') // "2023-11-07"
 */
export function conferenceToday(
  days: readonly string[],
  nowMs: number | undefined,
  timeZone: string,
): string | null {
  if (nowMs === undefined) return null;
  const today = dayOf(new Date(nowMs).toISOString(), timeZone);
  return days.includes(today) ? today : null;
}
