import { writeFragment } from '@/domain/fragment/url-fragment';
import { encodeShareCode, isShareableTalkId } from './share-code';

/** A link to share, and how many picks it had to leave out. */
export interface ShareLink {
  href: string;
  /** Picks whose ids no share code can carry (a damaged save); they stay in the plan. */
  leftOut: number;
}

/**
 * The address of the page at `pageUrl` carrying the picks (must-see ones marked) in its fragment, in place of any other
 * fragment; ids no talk could have are left out and counted instead of throwing.
 *
 * @example shareLink('https://example.org/planner/?q=x#talk=1Rj0z', ['1Rj0z', 'bad id'])
 * // { href: 'https://example.org/planner/?q=x#share=1.1Rj0z.<checksum>', leftOut: 1 }
 */
export function shareLink(
  pageUrl: string,
  talkIds: readonly string[],
  mustSeeIds: readonly string[] = [],
): ShareLink {
  const shareable = talkIds.filter(isShareableTalkId);
  const url = new URL(pageUrl);
  const shareableMustSee = mustSeeIds.filter(isShareableTalkId);
  url.hash = writeFragment({ share: encodeShareCode(shareable, shareableMustSee) });
  return { href: url.href, leftOut: talkIds.length - shareable.length };
}
