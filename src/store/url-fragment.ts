import { useMemo, useSyncExternalStore } from 'react';
import {
  EMPTY_FRAGMENT,
  writeFragment,
  type Fragment,
  type ReadFragment,
} from '@/domain/fragment/url-fragment';

/** What the address's fragment carries, with what was wrong with it in plain words. */
export interface AddressFragment extends ReadFragment {
  problemMessage: string | null;
  /** The address has a fragment whose reader has not arrived yet: it reads as none meanwhile. */
  pending: boolean;
}

type FragmentReader = typeof import('@/domain/fragment/read-fragment');

const NOTHING: AddressFragment = {
  fragment: EMPTY_FRAGMENT,
  problem: null,
  problemMessage: null,
  pending: false,
};
const PENDING: AddressFragment = { ...NOTHING, pending: true };
// Stands for a fragment not yet readable; no real hash looks like it, since every one starts with #.
const PENDING_HASH = 'pending';

// History changes made here fire no event, so the writers below tell the readers themselves.
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

// Most visits come with no fragment, so its reader is fetched only for an address that has one.
let reader: FragmentReader | null = null;
let loading: Promise<FragmentReader> | null = null;

function loadReader(): Promise<FragmentReader> {
  loading ??= import('@/domain/fragment/read-fragment').then(
    (module) => {
      reader = module;
      notify();
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Resolves once a fragment can be read: its reader has arrived. */
export const whenFragmentReadable = (): Promise<void> => loadReader().then(() => undefined);

const readLater = () => {
  if (!reader && window.location.hash !== '') loadReader().catch(() => undefined);
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  for (const type of ['hashchange', 'popstate'] as const) {
    window.addEventListener(type, readLater);
    window.addEventListener(type, listener);
  }
  readLater();
  return () => {
    listeners.delete(listener);
    for (const type of ['hashchange', 'popstate'] as const) {
      window.removeEventListener(type, readLater);
      window.removeEventListener(type, listener);
    }
  };
}

// Until the reader is here a fragment reads as pending; its arrival changes the snapshot.
const currentHash = () => {
  const { hash } = window.location;
  return reader || hash === '' ? hash : PENDING_HASH;
};

function readHash(hash: string): AddressFragment {
  if (hash === PENDING_HASH) return PENDING;
  if (!reader || hash === '') return NOTHING;
  const read = reader.readFragment(hash);
  return {
    ...read,
    problemMessage: read.problem && reader.fragmentProblemMessage(read.problem),
    pending: false,
  };
}

/**
 * The page's fragment, read in one place for every key and kept current as the address changes;
 * a fragment is read once its reader has arrived, just after the first render.
 */
export function useUrlFragment(): AddressFragment {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => readHash(hash), [hash]);
}

/** What the address's fragment carries right now, outside React. */
export const currentFragment = (): Fragment => readHash(window.location.hash).fragment;

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
  // The other keys must be read before they can be kept.
  if (!reader && window.location.hash !== '') {
    whenFragmentReadable().then(
      () => changeFragment(changes, { push, state }),
      // Offline before the reader was ever cached: the address stays as it was.
      () => undefined,
    );
    return;
  }
  const { pathname, search } = window.location;
  const url = `${pathname}${search}${writeFragment({ ...currentFragment(), ...changes })}`;
  if (push) window.history.pushState(state ?? null, '', url);
  else window.history.replaceState(state === undefined ? window.history.state : state, '', url);
  notify();
  readLater();
}
