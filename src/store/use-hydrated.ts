import { useSyncExternalStore } from 'react';

// Nothing to subscribe to: the answer changes once, from the page drawn at build time to the live one.
const subscribeToNothing = () => () => {};

/**
 * Whether the browser's own state (storage, clock, address, machine zone) may be shown: false while
 * the page drawn at build time is rendered or hydrated, so both render alike, true right after.
 *
 * @example const hydrated = useHydrated(); <StarToggle disabled={!hydrated} … />
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
