import { formatDuration } from '@/domain/time/format-duration';
import { formatCount } from '@/domain/format-count';

const DAY_MINUTES = 24 * 60;

/**
 * How long until something, in short words: minutes and hours within a day, whole days beyond.
 *
 * @example formatTimeUntil(40) // "in 40 min"
 * @example formatTimeUntil(75) // "in 1 h 15 min"
 * @example formatTimeUntil(3 * 24 * 60 + 30) // "in 3 days"
 */
export function formatTimeUntil(minutes: number): string {
  if (minutes < 1) return 'now';
  if (minutes < DAY_MINUTES) return `in ${formatDuration(minutes)}`;
  const days = Math.floor(minutes / DAY_MINUTES);
  return `in ${formatCount(days, 'day')}`;
}
