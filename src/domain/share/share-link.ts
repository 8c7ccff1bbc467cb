import { writeFragment } from '@/domain/fragment/url-fragment';
import { encodeShareCode, isShareableTalkId } from './share-code';

/** A link to share, and how many picks it had to leave out. */
export interface ShareLink {
  href: string;
  /** Picks whose ids no share code can carry (a damaged save); they stay in the plan. */
  leftOut: number;
}

/** The plan a share link carries: whose conference it is, and its picks. */
export interface SharedPicks {
  /** The id of the conference the picks are talks of, written in the link as `conference`. */
  conferenceId: string;
  talkIds: readonly string[];
  mustSeeIds?: readonly string[];
}

/**
 * The address of the page at `pageUrl` carrying the conference and its picks (must-see ones
 * marked) in its fragment, in place of any other fragment; ids no talk could have are left out and
 * counted instead of throwing. A link without `conference` (from before plans were kept per
 * conference) means the bundled conference.
 *
 * @example shareLink('https://example.org/planner/?q=x#talk=1Rj0z', { conferenceId: 'kubecon-na-2023', talkIds: ['1Rj0z', 'bad id'] })
 * // { href: 'https://example.org/planner/?q=x#conference=kubecon-na-2023&share=1.1Rj0z.<checksum>', leftOut: 1 }
 */
export function shareLink(
  pageUrl: string,
  { conferenceId, talkIds, mustSeeIds = [] }: SharedPicks,
): ShareLink {
  const shareable = talkIds.filter(isShareableTalkId);
  const url = new URL(pageUrl);
  const shareableMustSee = mustSeeIds.filter(isShareableTalkId);
  url.hash = writeFragment({
    conference: conferenceId,
    share: encodeShareCode(shareable, shareableMustSee),
  });
  return { href: url.href, leftOut: talkIds.length - shareable.length };
}
