import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Where the grid reads as a list (schedule-timeline.module.css's phone query). */
const LIST_QUERY = '(max-width: 640px)';

const listQuery = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(LIST_QUERY)
    : null;

const subscribeToList = (onChange: () => void) => {
  const query = listQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};

/** Why a big day must draw every card rather than those near the view. */
export interface WholeDayWanted {
  /** On a phone the grid is a list in time order. */
  listed: boolean;
  /** A printout shows the whole day, at once. */
  printing: boolean;
}

/** Whether a big day is shown as a list or printed; used only once the page is live. */
export function useDrawsWhole(): WholeDayWanted {
  const listed = useSyncExternalStore(
    subscribeToList,
    () => listQuery()?.matches ?? false,
    () => false,
  );
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // At once: the browser lays the printout out as soon as this handler returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return { listed, printing };
}
