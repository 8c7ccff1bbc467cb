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

const subscribeToNothing = () => () => {};

/** Why a big day must draw every card rather than those near the view. */
export interface WholeDayWanted {
  /** On a phone the grid is a list in time order. */
  listed: boolean;
  /** A printout shows the whole day, at once. */
  printing: boolean;
}

/**
 * Whether a big day is shown as a list or printed. Both false while the page drawn at build time
 * is hydrated, which drew no phone and no printout.
 */
export function useDrawsWhole(big: boolean): WholeDayWanted {
  // Only a big day listens: a phone's answer differs from the page drawn at build time, and
  // that difference re-renders the grid at once, in hydration's last task.
  const listed = useSyncExternalStore(
    big ? subscribeToList : subscribeToNothing,
    () => big && (listQuery()?.matches ?? false),
    () => false,
  );
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!big) return;
    // At once: the browser lays the printout out as soon as this handler returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [big]);
  return { listed, printing };
}
