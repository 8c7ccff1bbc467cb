import type { Talk } from '@/domain/schedule-schema';

/**
 * The tracks the talks name, each once, in order of first appearance.
 *
 * @example tracksOf([{ track: 'Go' }, { track: null }, { track: 'Go' }, { track: 'Rust' }]) // ['Go', 'Rust']
 */
export function tracksOf(talks: readonly Pick<Talk, 'track'>[]): string[] {
  return [...new Set(talks.flatMap((talk) => (talk.track === null ? [] : [talk.track])))];
}

/** The talks whose track is not hidden; talks without a track always stay. */
export function withoutTracks<T extends Pick<Talk, 'track'>>(
  talks: readonly T[],
  hidden: readonly string[],
): readonly T[] {
  if (hidden.length === 0) return talks;
  return talks.filter((talk) => talk.track === null || !hidden.includes(talk.track));
}
