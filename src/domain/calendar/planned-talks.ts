import type { Talk } from '../schedule-schema';

export interface PlannedTalks {
  /** The picked talks still in the schedule, in schedule order. */
  talks: Talk[];
  /** How many picks name a talk the schedule no longer has. */
  vanishedCount: number;
}

/**
 * Resolves picked ids against the schedule, counting the ones that have vanished from it.
 *
 * @example plannedTalks(['1Rj0z', 'gone'], schedule.talks) // { talks: [adobeTalk], vanishedCount: 1 }
 */
export function plannedTalks(ids: readonly string[], scheduleTalks: readonly Talk[]): PlannedTalks {
  const picked = new Set(ids);
  const talks = scheduleTalks.filter((talk) => picked.has(talk.id));
  const known = new Set(talks.map((talk) => talk.id));
  return { talks, vanishedCount: [...picked].filter((id) => !known.has(id)).length };
}
