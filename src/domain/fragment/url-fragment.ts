/** The keys a link's fragment can carry, in the order they are written. */
export const FRAGMENT_KEYS = ['conference', 'share', 'talk'] as const;
export type FragmentKey = (typeof FRAGMENT_KEYS)[number];

/** What a fragment carries: each key's text, decoded and trimmed, or null when absent or unreadable. */
export type Fragment = Record<FragmentKey, string | null>;

/** Why part of a fragment was ignored. */
export type FragmentProblem =
  | { kind: 'bad-escape'; key: string; excerpt: string }
  | { kind: 'unknown-key'; key: string; excerpt: string }
  | { kind: 'repeated-key'; key: FragmentKey; excerpt: string }
  | { kind: 'too-long'; key: null; excerpt: string };

export interface ReadFragment {
  fragment: Fragment;
  /** The first thing that was wrong, or null; the rest of the fragment is still read. */
  problem: FragmentProblem | null;
}

export const EMPTY_FRAGMENT: Fragment = { conference: null, share: null, talk: null };

/**
 * The location hash carrying `fragment`'s keys in a fixed order; empty when it carries none.
 *
 * @example writeFragment({ conference: null, share: '1.a.x', talk: '1Rj0z' }) // "#share=1.a.x&talk=1Rj0z"
 */
export function writeFragment(fragment: Partial<Fragment>): string {
  const parts = FRAGMENT_KEYS.flatMap((key) => {
    const value = fragment[key];
    return value == null ? [] : [`${key}=${encodeURIComponent(value)}`];
  });
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
