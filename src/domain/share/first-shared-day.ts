import type { Talk } from '@/domain/schedule-schema';
import { dayOf } from '@/domain/time/conference-day';
import { decodeShareCode } from './share-code';

/**
 * The conference day (YYYY-MM-DD in `timeZone`) of the earliest talk a share code names, or null
 * when the code is unreadable or names no talk in `talks`: a shared link opens on that day.
 *
 * @example firstSharedDay('1.1R2tD.1R2s5.<checksum>', talks, 'America/Chicago') // "2023-11-07"
 */
export function firstSharedDay(
  code: string,
  talks: readonly Pick<Talk, 'id' | 'start'>[],
  timeZone: string,
): string | null {
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return null;
  const wanted = new Set(decoded.talkIds);
  let first: string | null = null;
  for (const talk of talks) {
    if (!wanted.has(talk.id)) continue;
    if (first === null || Date.parse(talk.start) < Date.parse(first)) first = talk.start;
  }
  return first === null ? null : dayOf(first, timeZone);
}
