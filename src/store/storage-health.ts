import { createStore, type StoreApi } from 'zustand/vanilla';

/** What went wrong keeping the plan in the browser's storage, if anything. */
export interface StorageHealth {
  /** The saved plan could not be read, so the visit started with an empty plan. */
  unreadable: boolean;
  /** Where the unreadable text was copied; null when copying failed too. */
  backupKey: string | null;
  /** Picks are not being written, so they will be gone after the page is closed. */
  notSaving: boolean;
}

const HEALTHY: StorageHealth = { unreadable: false, backupKey: null, notSaving: false };

/** A store of its own so that reporting a failed write never triggers another write. */
export function createStorageHealth(): StoreApi<StorageHealth> {
  return createStore<StorageHealth>()(() => HEALTHY);
}

/**
 * The problems with saving, in plain words, most serious first.
 *
 * @example storageMessages({ unreadable: false, backupKey: null, notSaving: true })
 *   // ["Your picks can't be saved in this browser, so they will not be kept after you close this page."]
 */
export function storageMessages(health: StorageHealth): string[] {
  const messages: string[] = [];
  if (health.unreadable) {
    messages.push(
      health.backupKey
        ? `Your saved plan could not be read, so you are starting with an empty plan. The old copy is kept in this browser's storage under "${health.backupKey}".`
        : 'Your saved plan could not be read, so you are starting with an empty plan. The old copy is left untouched.',
    );
  }
  if (health.notSaving) {
    messages.push(
      "Your picks can't be saved in this browser, so they will not be kept after you close this page.",
    );
  }
  return messages;
}
