import { useEffect, useState } from 'react';

/** How long a browser without idle callbacks waits before calling the page settled. */
const FALLBACK_DELAY_MS = 200;

/** How long an idle callback may wait on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Whether the page has settled after its first paint: what nobody needs in the first moments
 * (notices, toasts and announcers that wait for a change of plan) loads then, off the start-up path.
 */
export function usePageIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    // Safari has no idle callbacks; a short timer after mount serves the same purpose there.
    const timer = setTimeout(() => setIdle(true), FALLBACK_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return idle;
}
