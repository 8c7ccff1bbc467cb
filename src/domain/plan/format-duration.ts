/**
 * A number of minutes in words for the plan, rounded to whole minutes.
 *
 * @example formatDuration(45) // "45 min"
 * @example formatDuration(80) // "1 h 20 min"
 * @example formatDuration(120) // "2 h"
 */
export function formatDuration(minutes: number): string {
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
