import { formatTimeRange, formatWeekday } from '@/domain/time/format-time';
import type { ScheduleChanges, VersionedTalk } from './diff-schedules';

/** What a change note names of a talk. */
type NamedTalk = VersionedTalk & { title: string; column?: string };

const when = (talk: NamedTalk, zone: string) =>
  `${formatWeekday(talk.start, zone)} ${formatTimeRange(talk.start, talk.end, zone)}`;

const placeOf = (talk: NamedTalk) => talk.room ?? talk.column ?? 'no room';

/**
 * One plain sentence per change to a starred talk, in the order moved, room, cancelled, back.
 *
 * @example describePickChanges({ moved: [{ before, after }], … }, 'America/Chicago')
 *   // ['“Tutorial” moved from Tue 4:30 – 6:00 PM to Wed 9:00 – 10:30 AM.']
 */
export function describePickChanges<T extends NamedTalk>(
  changes: ScheduleChanges<T>,
  zone: string,
): string[] {
  return [
    ...changes.moved.map(
      ({ before, after }) =>
        `“${after.title}” moved from ${when(before, zone)} to ${when(after, zone)}.`,
    ),
    ...changes.roomChanged.map(
      ({ before, after }) => `“${after.title}” moved from ${placeOf(before)} to ${placeOf(after)}.`,
    ),
    ...changes.cancelled.map(
      (talk) =>
        `“${talk.title}” (${when(talk, zone)}) was cancelled; it stays in your plan under “No longer in the schedule”.`,
    ),
    ...changes.added.map((talk) => `“${talk.title}” is back in the schedule, ${when(talk, zone)}.`),
  ];
}
