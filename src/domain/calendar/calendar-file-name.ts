import type { Conference, Talk } from '@/domain/schedule-schema';

/** The MIME type calendar clients expect; UTF-8 so emoji in titles survive. */
export const CALENDAR_FILE_TYPE = 'text/calendar;charset=utf-8';

/**
 * The file name for the whole plan.
 *
 * @example planFileName(conference) // "kubecon-na-2023-my-plan.ics"
 */
export function planFileName(conference: Pick<Conference, 'id'>): string {
  return `${conference.id}-my-plan.ics`;
}

/**
 * The file name for a single talk: the conference id and the first words of its title.
 *
 * @example talkFileName(conference, talk) // "kubecon-na-2023-come-bgp-with-me.ics"
 */
export function talkFileName(conference: Pick<Conference, 'id'>, talk: Talk): string {
  const slug = talk.title
    .normalize('NFKD')
    // Drops the accents NFKD split off, so "Zięba" becomes "zieba" rather than "zie-ba".
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .slice(0, 60)
    .trim()
    .replaceAll(' ', '-');
  return `${conference.id}-${slug || talk.id}.ics`;
}
