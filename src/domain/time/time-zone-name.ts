/** Answers already worked out: asking the platform means making a formatter, which is slow. */
const knownZoneNames = new Map<string, boolean>();

/**
 * Whether `name` is a time zone the platform knows by name (IANA, e.g. "Europe/Brussels", or "UTC").
 * Offsets such as "+01:00" and made-up names such as "Europe-Brussels" are not.
 *
 * @example isTimeZoneName('Australia/Brisbane') // true
 * @example isTimeZoneName('Europe-Brussels') // false
 */
export function isTimeZoneName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  let known = knownZoneNames.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownZoneNames.set(name, known);
  }
  return known;
}

/**
 * A named zone that keeps a fixed UTC offset, for sources that give offsets but no zone;
 * null where no such zone exists (offsets that are not whole hours).
 *
 * @example zoneForFixedOffset(60) // "Etc/GMT-1" (IANA's Etc signs are inverted)
 */
export function zoneForFixedOffset(offsetMinutes: number): string | null {
  if (offsetMinutes === 0) return 'UTC';
  if (offsetMinutes % 60 !== 0) return null;
  const hours = offsetMinutes / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}
