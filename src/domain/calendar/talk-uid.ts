import type { Conference, Talk } from '@/domain/schedule-schema';

/** The made-up domain that scopes our UIDs, so they never collide with another producer's. */
const UID_DOMAIN = 'kubecon-planner';

/**
 * The calendar UID of a talk: the same on every export, so importing again updates the event
 * instead of adding a copy.
 *
 * @example talkUid(talk, conference) // "1Rj0z@kubecon-na-2023.kubecon-planner"
 */
export function talkUid(talk: Pick<Talk, 'id'>, conference: Pick<Conference, 'id'>): string {
  return `${talk.id}@${conference.id}.${UID_DOMAIN}`;
}
