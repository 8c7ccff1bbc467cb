import { useCallback, useEffect, useState } from 'react';
import { hashForTalk, talkIdFromHash } from './talk-hash';

interface HistoryState {
  openedTalk?: string;
}

/**
 * The talk open in the details dialog, kept in the URL hash: a link opens it,
 * the Back button closes it, and closing removes it from the URL.
 */
export function useTalkHash() {
  const [openTalkId, setOpenTalkId] = useState<string | null>(() =>
    talkIdFromHash(window.location.hash),
  );

  useEffect(() => {
    const sync = () => setOpenTalkId(talkIdFromHash(window.location.hash));
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);

  const openTalk = useCallback((talkId: string) => {
    const state: HistoryState = { openedTalk: talkId };
    window.history.pushState(state, '', hashForTalk(talkId));
    setOpenTalkId(talkId);
  }, []);

  const closeTalk = useCallback(() => {
    const state = window.history.state as HistoryState | null;
    const current = talkIdFromHash(window.location.hash);
    if (current !== null && state?.openedTalk === current) {
      // The entry was ours, so stepping back leaves history as it was before opening.
      window.history.back();
    } else {
      const { pathname, search } = window.location;
      window.history.replaceState(null, '', `${pathname}${search}`);
    }
    setOpenTalkId(null);
  }, []);

  return { openTalkId, openTalk, closeTalk };
}
