import type { ClashWith } from './find-clashes';
import type { TightChange } from './find-tight-changes';

/**
 * The words for a clash, as seen from one of the two talks.
 *
 * @example describeClash({ other: tetragonTalk, overlapMinutes: 10 })
 *   // "Overlaps with Past, Present, Future of Tetragon by 10 min"
 */
export function describeClash({ other, overlapMinutes }: ClashWith): string {
  return `Overlaps with ${other.title} by ${overlapMinutes} min`;
}

/**
 * The words for a tight change between events or rooms.
 *
 * @example describeTightChange({ fromPlace: 'CiliumCon', toPlace: 'KubeCon + CloudNativeCon', gapMinutes: 5 })
 *   // "Tight: 5 min to get from CiliumCon to KubeCon + CloudNativeCon"
 */
export function describeTightChange({
  fromPlace,
  toPlace,
  gapMinutes,
}: Pick<TightChange, 'fromPlace' | 'toPlace' | 'gapMinutes'>): string {
  const time = gapMinutes === 0 ? 'no time' : `${gapMinutes} min`;
  return `Tight: ${time} to get from ${fromPlace} to ${toPlace}`;
}
