import { NO_ABSTRACT } from '@/domain/abstract/abstract-blocks';
import { reviseTalks, type TalkRevisions } from '@/domain/calendar/talk-revisions';
import { changedPicks } from '@/domain/schedule-changes/changed-picks';
import {
  diffSchedules,
  hasNoChanges,
  type ScheduleChanges,
} from '@/domain/schedule-changes/diff-schedules';
import type { Talk } from '@/domain/schedule-schema';

/** What is remembered of a talk to tell, next time, whether the schedule changed it. */
export type SeenTalk = Pick<Talk, 'id' | 'start' | 'end' | 'room' | 'column' | 'title'>;

/** The schedule of one conference as the plan last saw it, and what changed the last time it did. */
export interface SeenSchedule {
  talks: SeenTalk[];
  /** Each changed talk's revision, written as the calendar's SEQUENCE. */
  revisions: TalkRevisions;
  /** Picked talks the schedule has cancelled, as they were last seen, for STATUS:CANCELLED. */
  cancelled: SeenTalk[];
  /** The starred talks the last change of schedule touched, for "Changes" in My plan. */
  changes: ScheduleChanges<SeenTalk>;
}

const SEEN_VERSION = 1;

/** The schedule last seen, and whether this look found it changed. */
export interface ScheduleFollowed {
  seen: SeenSchedule;
  /** True when the schedule differs from the one seen before, so the changes are news. */
  fresh: boolean;
}

/** The storage key of one conference's last seen schedule. */
export const seenScheduleKey = (conferenceId: string): string =>
  `kubecon-planner:seen-schedule:${conferenceId}`;

const NO_CHANGES: ScheduleChanges<SeenTalk> = {
  moved: [],
  roomChanged: [],
  cancelled: [],
  added: [],
};

const seenTalk = ({ id, start, end, room, column, title }: SeenTalk): SeenTalk => ({
  id,
  start,
  end,
  room,
  column,
  title,
});

function readSeen(storage: Storage, key: string): SeenSchedule | null {
  try {
    const envelope: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (typeof envelope !== 'object' || envelope === null) return null;
    const { version, state } = envelope as { version?: unknown; state?: Partial<SeenSchedule> };
    if (version !== SEEN_VERSION || !state || !Array.isArray(state.talks)) return null;
    return {
      talks: state.talks,
      revisions: state.revisions ?? {},
      cancelled: state.cancelled ?? [],
      changes: { ...NO_CHANGES, ...state.changes },
    };
  } catch {
    // A snapshot that cannot be read is only a record of the past: the next one replaces it.
    return null;
  }
}

function writeSeen(storage: Storage, key: string, seen: SeenSchedule): void {
  try {
    storage.setItem(key, JSON.stringify({ version: SEEN_VERSION, state: seen }));
  } catch {
    // Storage that refuses writes only means the next visit compares against an older snapshot.
  }
}

/**
 * Compares the schedule of `conferenceId` with the one the plan last saw, remembers the new one,
 * and returns what changed for the starred talks: moved, in another room, cancelled (kept in the
 * plan, set aside by the schedule) or back. The first time, it only remembers. Call it whenever a
 * schedule opens or updates.
 *
 * @example followScheduleChanges(localStorage, 'kubecon-na-2023', talks, starred).seen.changes.moved
 */
export function followScheduleChanges(
  storage: Storage,
  conferenceId: string,
  talks: readonly Talk[],
  starred: readonly string[],
): ScheduleFollowed {
  const key = seenScheduleKey(conferenceId);
  const current = talks.map(seenTalk);
  const seen = readSeen(storage, key);
  if (!seen) {
    const first = { talks: current, revisions: {}, cancelled: [], changes: NO_CHANGES };
    writeSeen(storage, key, first);
    return { seen: first, fresh: false };
  }
  const diff = diffSchedules(seen.talks, current);
  if (hasNoChanges(diff)) return { seen, fresh: false };
  const changes = changedPicks(diff, starred);
  const back = new Set(current.map((talk) => talk.id));
  const next: SeenSchedule = {
    talks: current,
    revisions: reviseTalks(seen.revisions, diff),
    cancelled: [...seen.cancelled.filter((talk) => !back.has(talk.id)), ...changes.cancelled],
    changes,
  };
  writeSeen(storage, key, next);
  return { seen: next, fresh: true };
}

/**
 * A cancelled pick as the calendar needs it, from what was remembered of it.
 *
 * @example cancelledTalk(seen.cancelled[0]).speakers // []
 */
export function cancelledTalk(talk: SeenTalk): Talk {
  return {
    ...talk,
    speakers: [],
    day: talk.start.slice(0, 10),
    track: null,
    recorded: null,
    url: null,
    abstract: NO_ABSTRACT,
  };
}
