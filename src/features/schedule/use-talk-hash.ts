import { useCallback } from 'react';
import { changeFragment, currentFragment, useUrlFragment } from '@/store/url-fragment';

interface HistoryState {
  openedTalk?: string;
}

/**
 * The talk open in the details dialog, kept in the URL fragment beside any other key: a link opens
 * it, the Back button closes it, and closing removes it from the URL.
 */
export function useTalkHash() {
  // `#talk=` names no talk, so it opens nothing.
  const openTalkId = useUrlFragment().fragment.talk || null;

  const openTalk = useCallback((talkId: string) => {
    const state: HistoryState = { openedTalk: talkId };
    changeFragment({ talk: talkId }, { push: true, state });
  }, []);

  const closeTalk = useCallback(() => {
    const state = window.history.state as HistoryState | null;
    const current = currentFragment().talk || null;
    // The entry was ours, so stepping back leaves history as it was before opening.
    if (current !== null && state?.openedTalk === current) window.history.back();
    else changeFragment({ talk: null }, { state: null });
  }, []);

  return { openTalkId, openTalk, closeTalk };
}
