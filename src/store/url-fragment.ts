import { useMemo, useSyncExternalStore } from 'react';
import {
  readFragment,
  writeFragment,
  type Fragment,
  type ReadFragment,
} from '@/domain/fragment/url-fragment';

// History changes made here fire no event, so the writers below tell the readers themselves.
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentHash = () => window.location.hash;

/** The page's fragment, read in one place for every key and kept current as the address changes. */
export function useUrlFragment(): ReadFragment {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => readFragment(hash), [hash]);
}

/** What the address's fragment carries right now, outside React. */
export const currentFragment = (): Fragment => readFragment(window.location.hash).fragment;

/**
 * Changes some keys of the fragment, keeping the others; `push` adds a history entry (so Back
 * undoes it), otherwise the current entry is replaced. Unreadable parts are dropped on the way.
 *
 * @example changeFragment({ talk: '1Rj0z' }, { push: true, state: { openedTalk: '1Rj0z' } })
 */
export function changeFragment(
  changes: Partial<Fragment>,
  { push = false, state }: { push?: boolean; state?: unknown } = {},
): void {
  const { pathname, search } = window.location;
  const url = `${pathname}${search}${writeFragment({ ...currentFragment(), ...changes })}`;
  if (push) window.history.pushState(state ?? null, '', url);
  else window.history.replaceState(state === undefined ? window.history.state : state, '', url);
  notify();
}
