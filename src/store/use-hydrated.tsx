import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';

// Outside a boundary nothing was drawn ahead of time, so the browser's state may show at once.
const HydratedContext = createContext(true);

/**
 * Around the page drawn alike at build time and in the browser: its parts read `useHydrated()` as
 * false while that page is rendered or hydrated, then true. The switch is a transition, so the
 * re-render that enables every star works in slices and lets the page answer between them.
 */
export function HydrationBoundary({
  children,
  onLive,
}: {
  children: ReactNode;
  /** Called once the page answers: hydrated and re-rendered as live. */
  onLive?: () => void;
}) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  useEffect(() => {
    if (hydrated) onLive?.();
  }, [hydrated, onLive]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * Whether the browser's own state (storage, clock, address, machine zone) may be shown: false while
 * the page drawn at build time is rendered or hydrated, so both render alike, true right after.
 *
 * @example const hydrated = useHydrated(); <StarToggle disabled={!hydrated} … />
 */
export const useHydrated = (): boolean => useContext(HydratedContext);
