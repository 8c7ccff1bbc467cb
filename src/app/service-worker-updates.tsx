import { UpdatePrompt } from './update-prompt';
import { useServiceWorkerUpdate } from './use-service-worker-update';

/**
 * Registers the service worker and offers a waiting new version; the app loads it once the page
 * is idle, so neither the registration nor its code stands in the first screen's way.
 */
export function ServiceWorkerUpdates() {
  const { updateAvailable, reload, dismiss } = useServiceWorkerUpdate();
  return <UpdatePrompt updateAvailable={updateAvailable} onReload={reload} onDismiss={dismiss} />;
}
