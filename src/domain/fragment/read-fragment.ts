import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import {
  EMPTY_FRAGMENT,
  FRAGMENT_KEYS,
  type Fragment,
  type FragmentKey,
  type FragmentProblem,
  type ReadFragment,
} from './url-fragment';

// Reading a fragment is needed only when the address has one, so it loads apart from writing one.

/** Longest fragment read at all; a share code of the whole schedule fits many times over. */
export const MAX_FRAGMENT_LENGTH = 8000;

const isKey = (key: string): key is FragmentKey =>
  (FRAGMENT_KEYS as readonly string[]).includes(key);

// A link cut off mid-escape (`%E0%A4%A`) must not throw: it is reported and its part ignored.
function decodeGuarded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Reads every key of a location hash such as `#share=1.a.b.x&talk=1Rj0z`, in any order, never
 * throwing: a part that cannot be decoded, an unknown or repeated key, or a fragment far too long
 * is left out and named in `problem`, and the other parts are still read.
 *
 * @example readFragment('#talk=1R2on&share=1.a.x').fragment // { conference: null, share: '1.a.x', talk: '1R2on' }
 * @example readFragment('#talk=%E0%A4%A').problem // { kind: 'bad-escape', key: 'talk', excerpt: '%E0%A4%A' }
 */
export function readFragment(hash: string): ReadFragment {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > MAX_FRAGMENT_LENGTH) {
    return {
      fragment: EMPTY_FRAGMENT,
      problem: { kind: 'too-long', key: null, excerpt: quoteExcerpt(body) },
    };
  }
  const fragment: Fragment = { ...EMPTY_FRAGMENT };
  let problem: FragmentProblem | null = null;
  const note = (found: FragmentProblem) => {
    problem ??= found;
  };
  for (const part of body.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const rawKey = equals === -1 ? part : part.slice(0, equals);
    const key = decodeGuarded(rawKey)?.trim().toLowerCase() ?? rawKey;
    const excerpt = quoteExcerpt(part);
    if (!isKey(key)) {
      note({ kind: 'unknown-key', key: quoteExcerpt(key), excerpt });
      continue;
    }
    if (fragment[key] !== null) {
      note({ kind: 'repeated-key', key, excerpt });
      continue;
    }
    const value = decodeGuarded(equals === -1 ? '' : part.slice(equals + 1));
    if (value === null) {
      note({ kind: 'bad-escape', key, excerpt: quoteExcerpt(part.slice(equals + 1)) });
      continue;
    }
    // An empty value is kept: `#share=` is a share link with nothing in it, worth saying so.
    fragment[key] = value.trim();
  }
  return { fragment, problem };
}

/**
 * The problem in one line of plain words, quoting only a short, safe excerpt.
 *
 * @example fragmentProblemMessage({ kind: 'bad-escape', key: 'talk', excerpt: '%' })
 *   // 'The link’s “talk” part is cut off or garbled (“%”), so it was ignored.'
 */
export function fragmentProblemMessage(problem: FragmentProblem): string {
  switch (problem.kind) {
    case 'bad-escape':
      return `The link’s “${problem.key}” part is cut off or garbled (“${problem.excerpt}”), so it was ignored.`;
    case 'unknown-key':
      return `The link ends in a part this planner does not know (“${problem.key}”), so it was ignored.`;
    case 'repeated-key':
      return `The link names “${problem.key}” more than once; only the first (not “${problem.excerpt}”) was used.`;
    case 'too-long':
      return 'The link’s address is far longer than any link of this planner, so it was ignored.';
  }
}
