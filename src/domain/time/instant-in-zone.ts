import { formatOffset, zoneOffsetMinutes } from './zone-offset';

/**
 * An instant written as ISO 8601 with the offset `timeZone` has at that moment, so the file reads
 * as the conference's clocks did.
 *
 * @example instantInZone(Date.parse('2026-01-31T08:30:00Z'), 'Europe/Brussels') // "2026-01-31T09:30:00+01:00"
 */
export function instantInZone(instantMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(instantMs, timeZone);
  const wall = new Date(instantMs + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}
