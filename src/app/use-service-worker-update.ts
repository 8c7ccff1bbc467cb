import { useCallback, useEffect, useRef, useState } from 'react';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (where the browser has them) and says when a new version waits;
 * `reload` switches to it, `dismiss` hides the news until the next visit.
 */
export function useServiceWorkerUpdate() {
  const [updateAvailable, setUpdateAvailable] = useState(false);
  const applyUpdate = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let active = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    void import('./register-service-worker').then(({ registerSW }) => {
      if (!active) return;
      applyUpdate.current = registerSW({
        onNeedRefresh: () => setUpdateAvailable(true),
        onRegisteredSW: (_url, registration) => {
          // An app left open for days at a conference still hears about new versions.
          if (registration) {
            timer = setInterval(() => void registration.update(), UPDATE_CHECK_INTERVAL_MS);
          }
        },
      });
    });
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, []);

  const reload = useCallback(() => {
    void applyUpdate.current?.();
  }, []);
  const dismiss = useCallback(() => setUpdateAvailable(false), []);

  return { updateAvailable, reload, dismiss };
}
