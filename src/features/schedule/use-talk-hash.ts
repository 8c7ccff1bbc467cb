import { changeFragment, currentFragment, useUrlFragment } from '@/store/url-fragment';

interface HistoryState {
  openedTalk?: string;
}

/** Opens a talk's details by naming it in the address, with a history entry that Back undoes. */
export function openTalkDetails(talkId: string): void {
  const state: HistoryState = { openedTalk: talkId };
  changeFragment({ talk: talkId }, { push: true, state });
}

/** Closes the talk's details, removing the talk from the address. */
function closeTalkDetails(): void {
  const state = window.history.state as HistoryState | null;
  const current = currentFragment().talk || null;
  // The entry was ours, so stepping back leaves history as it was before opening.
  if (current !== null && state?.openedTalk === current) window.history.back();
  else changeFragment({ talk: null }, { state: null });
}

/**
 * The talk open in the details dialog, kept in the URL fragment beside any other key: a link opens
 * it, the Back button closes it, and closing removes it from the URL.
 */
export function useTalkHash() {
  // `#talk=` names no talk, so it opens nothing.
  const openTalkId = useUrlFragment().fragment.talk || null;
  return { openTalkId, openTalk: openTalkDetails, closeTalk: closeTalkDetails };
}
