import { useEffect, useState } from 'react';

/** Reads the current moment as epoch ms; passed in so that tests can fix it. */
export type Clock = () => number;

/** The machine's own clock. */
export const systemClock: Clock = () => Date.now();

/**
 * The current moment from `clock`, read again every `intervalMs` and when the page is shown
 * again (timers sleep in background tabs), so "now" and "next" move on while the app stays open.
 */
export function useNow(clock: Clock, intervalMs: number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const tick = () => setNow(clock());
    tick();
    const timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [clock, intervalMs]);
  return now;
}
