import { decodeShareCode, encodeShareCode, type DecodedShareCode } from './share-code';

/** The key a shared plan uses in the URL fragment; other keys (such as `talk`) are left alone. */
const SHARE_KEY = 'share';

/**
 * The address of the page at `pageUrl` carrying the picks, and which of them are must-see, in its fragment.
 *
 * @example shareLink('https://example.org/planner/?q=x#talk=1Rj0z', ['1Rj0z'])
 * // 'https://example.org/planner/?q=x#share=1.1Rj0z.<checksum>'
 */
export function shareLink(
  pageUrl: string,
  talkIds: readonly string[],
  mustSeeIds: readonly string[] = [],
): string {
  const url = new URL(pageUrl);
  url.hash = `${SHARE_KEY}=${encodeShareCode(talkIds, mustSeeIds)}`;
  return url.href;
}

/**
 * The shared plan in a location hash such as `#share=1.1Rj0z.<checksum>`; null when the hash has none.
 *
 * @example readSharedPlan('#talk=1Rj0z') // null
 */
export function readSharedPlan(hash: string): DecodedShareCode | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(SHARE_KEY);
  return code === null ? null : decodeShareCode(code);
}

/**
 * The location hash with the shared plan removed, keeping any other keys.
 *
 * @example hashWithoutSharedPlan('#share=1.abc') // ''
 */
export function hashWithoutSharedPlan(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete(SHARE_KEY);
  const rest = params.toString();
  return rest === '' ? '' : `#${rest}`;
}
