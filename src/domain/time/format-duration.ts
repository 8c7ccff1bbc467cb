/**
 * A number of minutes in short words, rounded to whole minutes first, so 119.6 minutes is "2 h"
 * and never "1 h 60 min".
 *
 * @example formatDuration(45) // "45 min"
 * @example formatDuration(80) // "1 h 20 min"
 * @example formatDuration(119.6) // "2 h"
 */
export function formatDuration(minutes: number): string {
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
