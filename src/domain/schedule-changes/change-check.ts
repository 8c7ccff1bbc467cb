import { formatCount } from '@/domain/format-count';
import type { ScheduleChanges, VersionedTalk } from './diff-schedules';

/** The app looks at a conference's address on its own at most this often. */
export const CHANGE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Whether the app should look at a conference's address for a newer schedule on its own: only
 * while online, and not within an hour of the last look (a look that failed counts too, so an
 * address that refuses is not asked on every load).
 *
 * @example isChangeCheckDue({ lastCheckedAt: null, now: Date.now(), online: true }) // true
 */
export function isChangeCheckDue({
  lastCheckedAt,
  now,
  online,
}: {
  lastCheckedAt: number | null;
  now: number;
  online: boolean;
}): boolean {
  if (!online) return false;
  // A last look in the future means the clock was changed: look again rather than wait for it.
  return (
    lastCheckedAt === null || now - lastCheckedAt >= CHANGE_CHECK_INTERVAL_MS || now < lastCheckedAt
  );
}

/**
 * In a few words, what a newer version of a schedule changed, talk by talk; null when its
 * talks' times and rooms are as they were.
 *
 * @example describeScheduleUpdate({ moved: [m], roomChanged: [], cancelled: [c], added: [] }) // "1 talk moved, 1 cancelled"
 */
export function describeScheduleUpdate(changes: ScheduleChanges<VersionedTalk>): string | null {
  const parts = [
    changes.moved.length > 0 && `${formatCount(changes.moved.length, 'talk')} moved`,
    changes.roomChanged.length > 0 &&
      `${formatCount(changes.roomChanged.length, 'talk')} in another room`,
    changes.cancelled.length > 0 && `${formatCount(changes.cancelled.length, 'talk')} cancelled`,
    changes.added.length > 0 && `${formatCount(changes.added.length, 'talk')} added`,
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return null;
  // "talk" is said once: "1 talk moved, 2 cancelled".
  return parts
    .map((part, index) => (index === 0 ? part : part.replace(/ talks? /, ' ')))
    .join(', ');
}
