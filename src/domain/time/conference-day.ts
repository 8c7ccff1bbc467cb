import { wallTimeToInstant } from './wall-time-to-instant';

const dayKeyFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in `timeZone`.
 *
 * @example dayOf('2023-11-06T23:30:00-06:00', 'America/Chicago') // "2023-11-06"
 * @example dayOf('2023-11-06T23:30:00-06:00', 'Asia/Tokyo') // "2023-11-07"
 */
export function dayOf(instant: string, timeZone: string): string {
  let formatter = dayKeyFormatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayKeyFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(instant));
}

const dayNameFormatters = new Map<string, Intl.DateTimeFormat>();

/** A day's name formatter, made once per zone and length: making one costs far more than using it. */
function dayFormatter(timeZone: string, length: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${length}|${timeZone}`;
  let formatter = dayNameFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      'en-GB',
      length === 'short'
        ? { timeZone, weekday: 'short', day: 'numeric', month: 'short' }
        : { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    );
    dayNameFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A conference day's short name as on the day tabs.
 *
 * @example dayLabel('2023-11-06', 'America/Chicago') // "Mon 6 Nov"
 */
export function dayLabel(date: string, timeZone: string): string {
  // Noon on that date is safely inside the day whatever the zone's offset.
  const noon = wallTimeToInstant({ date, hour: 12, minute: 0 }, timeZone);
  const parts = dayFormatter(timeZone, 'short').formatToParts(new Date(noon));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

/**
 * A conference day's full name for headings and dialogs.
 *
 * @example dayLongLabel('2023-11-06', 'America/Chicago') // "Monday 6 November 2023"
 */
export function dayLongLabel(date: string, timeZone: string): string {
  const noon = wallTimeToInstant({ date, hour: 12, minute: 0 }, timeZone);
  return dayFormatter(timeZone, 'long').format(new Date(noon)).replace(',', '');
}

/**
 * Groups items by the conference day their start falls on, keeping every listed day (even empty ones).
 *
 * @example groupByDay(talks, ['2023-11-06'], 'America/Chicago').get('2023-11-06')?.length
 */
export function groupByDay<T extends { start: string }>(
  items: readonly T[],
  days: readonly string[],
  timeZone: string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(days.map((day) => [day, []]));
  for (const item of items) {
    const day = dayOf(item.start, timeZone);
    const group = groups.get(day);
    if (group) group.push(item);
    else groups.set(day, [item]);
  }
  return groups;
}
