import { del, get, set } from 'idb-keyval';
import { loadSchedule } from '@/domain/load-schedule';
import type { Schedule } from '@/domain/schedule-schema';

// One record per conference, so opening or removing one never rewrites the others.
const keyOf = (conferenceId: string) => `conference:${conferenceId}`;

/**
 * The opened schedules, kept in IndexedDB through idb-keyval so they survive reloads and work
 * offline. What comes back is validated again: a record from an older planner that no longer fits
 * the schema reads as missing rather than breaking the page.
 *
 * @example await keepSchedule(schedule); (await readKeptSchedule(schedule.conference.id))?.talks.length
 */
export async function readKeptSchedule(conferenceId: string): Promise<Schedule | null> {
  const raw: unknown = await get(keyOf(conferenceId));
  if (raw === undefined) return null;
  try {
    return loadSchedule(raw);
  } catch {
    return null;
  }
}

export const keepSchedule = (schedule: Schedule): Promise<void> =>
  set(keyOf(schedule.conference.id), schedule);

export const forgetSchedule = (conferenceId: string): Promise<void> => del(keyOf(conferenceId));
