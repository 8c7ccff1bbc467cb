import { useEffect, useState } from 'react';

/** The search and filter code, from its own chunk. */
export type TalkSearch = typeof import('./talk-search');

let loading: Promise<TalkSearch> | null = null;
// Kept once here, so a schedule view mounted later (another conference) has it at once.
let loaded: TalkSearch | null = null;

/** Starts loading the search code, once; a failed load may be tried again. */
function loadTalkSearch(): Promise<TalkSearch> {
  loading ??= import('./talk-search').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The search and filter code, or null until it has arrived. It starts loading once `wanted`
 * turns true; a query typed meanwhile stays in its box and applies as soon as the code is here.
 */
export function useTalkSearch(wanted: boolean): TalkSearch | null {
  const [search, setSearch] = useState<TalkSearch | null>(loaded);
  useEffect(() => {
    if (!wanted || search) return;
    let current = true;
    loadTalkSearch().then(
      (module) => current && setSearch(module),
      // Offline before the chunk was ever cached: the grid stays whole, unfiltered.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, search]);
  return search;
}
