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
 * The words for a tight change between events.
 *
 * @example describeTightChange({ from: ciliumTalk, to: kubeconTalk, gapMinutes: 5 })
 *   // "Tight: 5 min to get from CiliumCon to KubeCon + CloudNativeCon"
 */
export function describeTightChange({ from, to, gapMinutes }: TightChange): string {
  const time = gapMinutes === 0 ? 'no time' : `${gapMinutes} min`;
  return `Tight: ${time} to get from ${from.column} to ${to.column}`;
}
