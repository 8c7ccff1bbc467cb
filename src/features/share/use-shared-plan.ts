import { useCallback, useEffect, useState } from 'react';
import type { DecodedShareCode } from '../../domain/share/share-code';
import { hashWithoutSharedPlan, readSharedPlan } from '../../domain/share/share-fragment';

/**
 * The shared plan in the page's URL fragment, read on load and whenever a new share link is pasted
 * into the address bar; it stays until dismissed, even when another fragment (an open talk) replaces it.
 */
export function useSharedPlan() {
  const [shared, setShared] = useState<DecodedShareCode | null>(() =>
    readSharedPlan(window.location.hash),
  );

  useEffect(() => {
    const sync = () => {
      const next = readSharedPlan(window.location.hash);
      if (next !== null) setShared(next);
    };
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, []);

  const dismiss = useCallback(() => {
    const { pathname, search, hash } = window.location;
    const rest = hashWithoutSharedPlan(hash);
    window.history.replaceState(window.history.state, '', `${pathname}${search}${rest}`);
    setShared(null);
  }, []);

  return { shared, dismiss };
}
