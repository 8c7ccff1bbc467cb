import type { ScheduleChanges, VersionedTalk } from './diff-schedules';

/**
 * The part of a schedule diff that touches a plan: picks that moved, changed room or were
 * cancelled, and in `added` the picks whose talk is back after it had vanished from the schedule.
 *
 * @example changedPicks(diffSchedules(v1.talks, v2.talks), ['1R2on'])
 *   // { moved: [{ before, after }], roomChanged: [], cancelled: [], added: [] }
 */
export function changedPicks<T extends VersionedTalk>(
  changes: ScheduleChanges<T>,
  pickedIds: Iterable<string>,
): ScheduleChanges<T> {
  const picked = new Set(pickedIds);
  return {
    moved: changes.moved.filter((change) => picked.has(change.after.id)),
    roomChanged: changes.roomChanged.filter((change) => picked.has(change.after.id)),
    cancelled: changes.cancelled.filter((talk) => picked.has(talk.id)),
    added: changes.added.filter((talk) => picked.has(talk.id)),
  };
}

/**
 * Every talk id a diff names, once each.
 *
 * @example changedTalkIds(changes) // Set { '1R2on', '1R2ts' }
 */
export function changedTalkIds(changes: ScheduleChanges<VersionedTalk>): Set<string> {
  return new Set([
    ...changes.moved.map((change) => change.after.id),
    ...changes.roomChanged.map((change) => change.after.id),
    ...changes.cancelled.map((talk) => talk.id),
    ...changes.added.map((talk) => talk.id),
  ]);
}
