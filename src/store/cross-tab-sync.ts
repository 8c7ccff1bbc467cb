import { PLAN_STORAGE_KEY } from './plan-store';

interface Rehydratable {
  persist: { rehydrate: () => Promise<void> | void };
}

/**
 * Reloads the plan when another tab saves it, so a star made there shows here without a reload.
 * Returns a function that stops listening.
 *
 * @example useEffect(() => syncPlanAcrossTabs(usePlanStore, window), [])
 */
export function syncPlanAcrossTabs(
  store: Rehydratable,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  key: string = PLAN_STORAGE_KEY,
): () => void {
  const onStorage = (event: StorageEvent) => {
    // A null key means the other tab cleared all of storage.
    if (event.key === key || event.key === null) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
