import { changedTalkIds } from '@/domain/schedule-changes/changed-picks';
import type { ScheduleChanges, VersionedTalk } from '@/domain/schedule-changes/diff-schedules';

/**
 * Each talk's revision, by talk id: how many newer versions of its conference's schedule have
 * moved it, put it in another room, cancelled it or brought it back. Written as the event's
 * SEQUENCE, so a calendar that imported an earlier export takes the new one as an update of
 * the same event (RFC 5545 §3.8.7.4). A talk without an entry is at revision 0, as first
 * published. Kept per conference beside the plan, as plain JSON.
 */
export type TalkRevisions = Readonly<Record<string, number>>;

/**
 * The revisions after a newer schedule version: every talk the diff names goes up by one, once,
 * however many ways it changed. A talk that comes back after a cancellation goes up too, past
 * the SEQUENCE of its cancelled event. Changes to a title or abstract alone leave revisions
 * as they are: RFC 5546 §2.1.4 asks for a new SEQUENCE only when times or status change, and
 * the fresh DTSTAMP of each export already orders such edits.
 *
 * @example reviseTalks({ '1R2on': 1 }, diffSchedules(v2.talks, v3.talks)) // { '1R2on': 2, '1R2ts': 1 }
 */
export function reviseTalks(
  revisions: TalkRevisions,
  changes: ScheduleChanges<VersionedTalk>,
): Record<string, number> {
  const next = { ...revisions };
  for (const id of changedTalkIds(changes)) next[id] = revisionOf(revisions, id) + 1;
  return next;
}

/**
 * A talk's revision; 0 for a talk no newer version has touched.
 *
 * @example revisionOf({ '1R2on': 2 }, '1R2on') // 2
 */
export function revisionOf(revisions: TalkRevisions | undefined, talkId: string): number {
  const revision = revisions?.[talkId];
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0
    ? revision
    : 0;
}
