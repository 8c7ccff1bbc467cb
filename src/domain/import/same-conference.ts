import type { Conference } from '@/domain/schedule-schema';

/** What a conference is known by among the opened ones: its id, and where it came from. */
export type ConferenceIdentity = Pick<Conference, 'id'> & { source: { url: string | null } };

/**
 * Whether two conferences are the same one, so a newer file updates the kept copy in place: the
 * same conference id (a frab/pretalx acronym, a Sessionize event) or the same source address.
 *
 * @example isSameConference({ id: 'fosdem-2026', source: { url: null } }, fosdem2026) // true
 */
export function isSameConference(a: ConferenceIdentity, b: ConferenceIdentity): boolean {
  return a.id === b.id || (a.source.url !== null && a.source.url === b.source.url);
}
