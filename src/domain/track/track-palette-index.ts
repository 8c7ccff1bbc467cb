/**
 * A track's place in a palette of `size` colours, the same for the same name on every load and
 * in every schedule: an FNV-1a hash of its UTF-16 code units, so no list of names is kept.
 *
 * @example trackPaletteIndex('Security', 8) === trackPaletteIndex('Security', 8) // true
 */
export function trackPaletteIndex(track: string, size: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < track.length; index += 1) {
    hash ^= track.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % size;
}
