import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import { readSavedPlan, type SavedPlan } from './saved-plan';
import type { StorageHealth } from './storage-health';

interface GuardedStorageOptions {
  /** Returns the browser storage; may throw where storage is blocked. */
  getStorage: () => Storage;
  /** The clock, for naming backups. */
  now: () => number;
  health: StoreApi<StorageHealth>;
}

/**
 * The persist middleware's storage, guarded so that no failure loses picks: unreadable saves are
 * copied to a backup key before anything can overwrite them, and failed writes are reported
 * instead of thrown, so starring keeps working for the visit.
 *
 * @example persist(config, { name, storage: createGuardedStorage({ getStorage: () => localStorage, now: Date.now, health }) })
 */
export function createGuardedStorage({
  getStorage,
  now,
  health,
}: GuardedStorageOptions): PersistStorage<SavedPlan> {
  // When an unreadable save could not be copied, writing would destroy its only copy.
  let writesBlocked = false;
  const backedUp = new Set<string>();

  const backUp = (storage: Storage, name: string, raw: string) => {
    if (backedUp.has(raw)) return;
    const backupKey = `${name}:backup-${now()}`;
    try {
      storage.setItem(backupKey, raw);
      backedUp.add(raw);
      health.setState({ unreadable: true, backupKey });
    } catch {
      writesBlocked = true;
      health.setState({ unreadable: true, backupKey: null, notSaving: true });
    }
  };

  return {
    getItem(name): StorageValue<SavedPlan> | null {
      let storage: Storage;
      let raw: string | null;
      try {
        storage = getStorage();
        raw = storage.getItem(name);
      } catch {
        health.setState({ notSaving: true });
        return null;
      }
      if (raw === null) return null;
      let saved: StorageValue<SavedPlan> | null = null;
      try {
        saved = readSavedPlan(JSON.parse(raw));
      } catch {
        saved = null;
      }
      if (!saved) backUp(storage, name, raw);
      return saved;
    },
    setItem(name, value) {
      if (writesBlocked) return;
      try {
        getStorage().setItem(name, JSON.stringify(value));
        if (health.getState().notSaving) health.setState({ notSaving: false });
      } catch {
        health.setState({ notSaving: true });
      }
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        health.setState({ notSaving: true });
      }
    },
  };
}
