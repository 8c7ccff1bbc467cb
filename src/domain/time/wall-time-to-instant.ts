import { formatOffset, zoneOffsetMinutes } from './zone-offset';

/** A date and clock time as read on a wall clock in some time zone. */
export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  hour: number;
  minute: number;
  /** 0 when left out. */
  second?: number;
}

/**
 * Turns a wall-clock time in `timeZone` into an ISO instant carrying that zone's offset.
 * The offset comes from Intl, so daylight-saving changes are handled by the platform.
 *
 * @example wallTimeToInstant({ date: '2023-11-06', hour: 9, minute: 15 }, 'America/Chicago')
 *   // "2023-11-06T09:15:00-06:00"
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): string {
  const [year, month, day] = wall.date.split('-').map(Number) as [number, number, number];
  const second = wall.second ?? 0;
  const asIfUtc = Date.UTC(year, month - 1, day, wall.hour, wall.minute, second);
  // Two passes settle the offset even when the first guess lands across a DST change.
  let offset = zoneOffsetMinutes(asIfUtc, timeZone);
  offset = zoneOffsetMinutes(asIfUtc - offset * 60_000, timeZone);
  const hh = String(wall.hour).padStart(2, '0');
  const mm = String(wall.minute).padStart(2, '0');
  const ss = String(second).padStart(2, '0');
  return `${wall.date}T${hh}:${mm}:${ss}${formatOffset(offset)}`;
}
