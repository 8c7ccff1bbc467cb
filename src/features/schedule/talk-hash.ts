const PREFIX = '#talk=';

/**
 * The talk id named by a URL hash such as `#talk=1Rj0z`, or null when the hash names no talk.
 *
 * @example talkIdFromHash('#talk=1Rj0z') // "1Rj0z"
 */
export function talkIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const id = decodeURIComponent(hash.slice(PREFIX.length)).trim();
  return id === '' ? null : id;
}

/**
 * The URL hash that opens a talk.
 *
 * @example hashForTalk('1Rj0z') // "#talk=1Rj0z"
 */
export function hashForTalk(talkId: string): string {
  return `${PREFIX}${encodeURIComponent(talkId)}`;
}
