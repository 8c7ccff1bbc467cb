import type { Talk } from '@/domain/schedule-schema';

/**
 * What a schedule diff reads of a talk: its stable id, its instants and, where the schedule has
 * rooms, its room (absent or null when it names none).
 */
export type VersionedTalk = Pick<Talk, 'id' | 'start' | 'end'> & { room?: string | null };

/** One talk as it was and as it is now; the old and new times are `before` and `after`'s. */
export interface TalkRevision<T extends VersionedTalk> {
  before: T;
  after: T;
}

/** What changed between two versions of one conference's schedule, talk by talk. */
export interface ScheduleChanges<T extends VersionedTalk> {
  /** Talks whose start or end instant changed, in their new time order. */
  moved: TalkRevision<T>[];
  /** Talks whose room changed, was given or was taken away, in their new time order. */
  roomChanged: TalkRevision<T>[];
  /** Talks in the old version that the new one no longer has, in their old time order. */
  cancelled: T[];
  /** Talks the old version did not have, in time order. */
  added: T[];
}

/**
 * Compares two versions of a schedule by stable talk id. Times are compared as instants, so
 * `09:15-06:00` and `15:15Z` are the same time; a talk can be both moved and in another room.
 *
 * @example diffSchedules(version1.talks, version2.talks)
 *   // { moved: [{ before: talkAt0915, after: talkAt1000 }], roomChanged: [], cancelled: [gone], added: [] }
 */
export function diffSchedules<T extends VersionedTalk>(
  before: readonly T[],
  after: readonly T[],
): ScheduleChanges<T> {
  const oldById = new Map(before.map((talk) => [talk.id, talk]));
  const newIds = new Set(after.map((talk) => talk.id));
  const changes: ScheduleChanges<T> = { moved: [], roomChanged: [], cancelled: [], added: [] };
  for (const talk of after) {
    const old = oldById.get(talk.id);
    if (!old) {
      changes.added.push(talk);
      continue;
    }
    if (!sameInstant(old.start, talk.start) || !sameInstant(old.end, talk.end)) {
      changes.moved.push({ before: old, after: talk });
    }
    if (roomOf(old) !== roomOf(talk)) changes.roomChanged.push({ before: old, after: talk });
  }
  changes.cancelled = before.filter((talk) => !newIds.has(talk.id));
  changes.moved.sort((x, y) => inTimeOrder(x.after, y.after));
  changes.roomChanged.sort((x, y) => inTimeOrder(x.after, y.after));
  changes.cancelled.sort(inTimeOrder);
  changes.added.sort(inTimeOrder);
  return changes;
}

/**
 * A talk's room, or null when the schedule names none.
 *
 * @example roomOf({ id: 'a', start, end, room: 'Hall A' }) // 'Hall A'
 */
export function roomOf(talk: VersionedTalk): string | null {
  return talk.room ?? null;
}

/**
 * True when the diff found nothing at all.
 *
 * @example hasNoChanges(diffSchedules(talks, talks)) // true
 */
export function hasNoChanges(changes: ScheduleChanges<VersionedTalk>): boolean {
  return (
    changes.moved.length === 0 &&
    changes.roomChanged.length === 0 &&
    changes.cancelled.length === 0 &&
    changes.added.length === 0
  );
}

function sameInstant(x: string, y: string): boolean {
  return Date.parse(x) === Date.parse(y);
}

function inTimeOrder(x: VersionedTalk, y: VersionedTalk): number {
  return (
    Date.parse(x.start) - Date.parse(y.start) ||
    Date.parse(x.end) - Date.parse(y.end) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}
