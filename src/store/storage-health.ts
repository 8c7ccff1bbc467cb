import { createStore, type StoreApi } from 'zustand/vanilla';

/** Why a copy of a saved plan was set aside under a backup key. */
export type BackupReason = 'unreadable' | 'newer-version' | 'too-many';

/** A copy of a saved plan kept under its own key, to be restored or dismissed by the person. */
export interface PlanBackup {
  key: string;
  reason: BackupReason;
  /** The start of its text, safe to quote. */
  excerpt: string;
  /** How many picks it holds, when it can be read. */
  picks: number | null;
}

/** What went wrong keeping the plan in the browser's storage, if anything. */
export interface StorageHealth {
  /** Backups not yet dismissed, oldest first; each keeps its notice until then. */
  backups: PlanBackup[];
  /** The version of this planner that saved the plan, when newer: the plan is left untouched. */
  newerVersion: number | null;
  /** The saved plan could not be read nor copied aside, so it is left untouched. */
  unreadableKept: boolean;
  /** Picks are not being written, so they will be gone after the page is closed. */
  notSaving: boolean;
}

const HEALTHY: StorageHealth = {
  backups: [],
  newerVersion: null,
  unreadableKept: false,
  notSaving: false,
};

/** A store of its own so that reporting a failed write never triggers another write. */
export function createStorageHealth(): StoreApi<StorageHealth> {
  return createStore<StorageHealth>()(() => HEALTHY);
}
