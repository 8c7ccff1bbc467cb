const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The text with the narrow and thin spaces some ICU versions put around "AM" and "–" made plain:
 * Node's and each browser's ICU differ only there, and a page drawn at build time must read the
 * same when the browser hydrates it.
 *
 * @example plainSpaces('9:15\u2009–\u20099:40\u202fAM') // "9:15 – 9:40 AM"
 */
const plainSpaces = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * The clock time of an instant as read in `timeZone`.
 *
 * @example formatTime('2023-11-06T09:15:00-06:00', 'America/Chicago') // "9:15 AM"
 */
export function formatTime(instant: string, timeZone: string): string {
  return plainSpaces(
    formatter(timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(instant)),
  );
}

/**
 * The short weekday of an instant as read in `timeZone`.
 *
 * @example formatWeekday('2023-11-06T09:15:00-06:00', 'Asia/Tokyo') // "Tue"
 */
export function formatWeekday(instant: string, timeZone: string): string {
  return formatter(timeZone, { weekday: 'short' }).format(new Date(instant));
}

/**
 * A talk's start and end as read in `timeZone`, joined by an en dash; an end on the next date
 * names its weekday rather than both full dates.
 *
 * @example formatTimeRange('2023-11-06T09:15:00-06:00', '2023-11-06T09:40:00-06:00', 'America/Chicago')
 *   // "9:15 – 9:40 AM"
 * @example formatTimeRange('2023-11-07T08:30:00-06:00', '2023-11-07T10:00:00-06:00', 'Asia/Tokyo')
 *   // "11:30 PM – Wed 1:00 AM"
 */
export function formatTimeRange(start: string, end: string, timeZone: string): string {
  if (crossesMidnight(start, end, timeZone)) {
    return `${formatTime(start, timeZone)} – ${formatWeekday(end, timeZone)} ${formatTime(end, timeZone)}`;
  }
  return plainSpaces(
    formatter(timeZone, { hour: 'numeric', minute: '2-digit' }).formatRange(
      new Date(start),
      new Date(end),
    ),
  );
}

/**
 * Whether `start` and `end` fall on different dates as read in `timeZone`.
 *
 * @example crossesMidnight('2023-11-07T08:30:00-06:00', '2023-11-07T10:00:00-06:00', 'Asia/Tokyo') // true
 */
export function crossesMidnight(start: string, end: string, timeZone: string): boolean {
  const date = formatter(timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' });
  return date.format(new Date(start)) !== date.format(new Date(end));
}

/**
 * The zone's abbreviation at an instant, such as "CST" or "GMT+9"; the zone id when it has none.
 *
 * @example zoneAbbreviation(Date.parse('2023-11-06T15:00:00Z'), 'America/Chicago') // "CST"
 */
export function zoneAbbreviation(instantMs: number, timeZone: string): string {
  return (
    formatter(timeZone, { timeZoneName: 'short' })
      .formatToParts(new Date(instantMs))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

/**
 * The city part of an IANA zone id, in words.
 *
 * @example zoneCity('America/Los_Angeles') // "Los Angeles"
 */
function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/**
 * The place a zone is named after, or null for zones that name no place ("UTC", "Etc/GMT+5").
 *
 * @example zonePlace('America/New_York') // "New York"
 * @example zonePlace('Etc/UTC') // null
 */
function zonePlace(timeZone: string): string | null {
  // Etc/ ids are offsets, and Etc/GMT+5 means UTC-5, so their "city" would mislead.
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return null;
  return zoneCity(timeZone);
}

/**
 * A label naming a zone for people, with its abbreviation at the given instant.
 *
 * @example zoneLabel(Date.parse('2023-11-06T15:00:00Z'), 'America/Chicago') // "Chicago time (CST)"
 * @example zoneLabel(Date.parse('2023-11-06T15:00:00Z'), 'UTC') // "UTC"
 */
export function zoneLabel(instantMs: number, timeZone: string): string {
  const place = zonePlace(timeZone);
  const short = zoneAbbreviation(instantMs, timeZone);
  return place === null ? short : `${place} time (${short})`;
}

/**
 * A label for the visitor's own zone, naming its place when it has one.
 *
 * @example ownZoneLabel(Date.parse('2023-11-06T15:00:00Z'), 'America/New_York') // "Your time: New York (EST)"
 * @example ownZoneLabel(Date.parse('2023-11-06T15:00:00Z'), 'UTC') // "Your time (UTC)"
 */
export function ownZoneLabel(instantMs: number, timeZone: string): string {
  const place = zonePlace(timeZone);
  const short = zoneAbbreviation(instantMs, timeZone);
  return place === null ? `Your time (${short})` : `Your time: ${place} (${short})`;
}

/**
 * The line a printout carries in place of the time switch, naming the zone its times are in.
 *
 * @example timesInLabel(Date.parse('2023-11-06T15:00:00Z'), 'America/Chicago') // "Times in Chicago (CST)"
 * @example timesInLabel(Date.parse('2023-11-06T15:00:00Z'), 'UTC') // "Times in UTC"
 */
export function timesInLabel(instantMs: number, timeZone: string): string {
  const place = zonePlace(timeZone);
  const short = zoneAbbreviation(instantMs, timeZone);
  return place === null ? `Times in ${short}` : `Times in ${place} (${short})`;
}
