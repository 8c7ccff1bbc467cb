import { isTimeZoneName, zoneForFixedOffset } from '@/domain/time/time-zone-name';
import { cleanText } from './source-text';

/**
 * The conference's zone in the reference's order: the zone the file names, the one the person
 * chose, then a fixed zone for the first offset the file's times carry (asked for only then).
 *
 * @example zoneInOrder(' Europe/Brussels ', undefined, () => 60) // "Europe/Brussels"
 * @example zoneInOrder(null, undefined, () => 60) // "Etc/GMT-1"
 */
export function zoneInOrder(
  named: string | null | undefined,
  chosen: string | undefined,
  firstOffset: () => number | null,
): string | null {
  const name = cleanText(named);
  if (name && isTimeZoneName(name)) return name;
  if (chosen) return chosen;
  const offset = firstOffset();
  return offset === null ? null : zoneForFixedOffset(offset);
}
