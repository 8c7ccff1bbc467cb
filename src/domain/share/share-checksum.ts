/**
 * A short FNV-1a checksum of a share code's body, in base 36, so a link cut short when copied
 * is recognised as damaged instead of silently losing its last picks.
 *
 * @example shareChecksum('1.1Rj0z.1R2tD') // a string of up to 7 characters from [0-9a-z]
 */
export function shareChecksum(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i += 1) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
