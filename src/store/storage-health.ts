import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_SAVED_PICKS } from './saved-plan';

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

const count = (picks: number) => picks.toLocaleString('en-US');

/**
 * What one backup's notice says, in plain words.
 *
 * @example backupMessage({ key: 'k', reason: 'unreadable', excerpt: '{"st', picks: null })
 *   // 'Your saved plan could not be read, so you started with an empty plan. Its text (“{"st”) is kept in this browser under "k".'
 */
export function backupMessage(backup: PlanBackup): string {
  switch (backup.reason) {
    case 'unreadable':
      return `Your saved plan could not be read, so you started with an empty plan. Its text (“${backup.excerpt}”) is kept in this browser under "${backup.key}".`;
    case 'too-many':
      return `Your saved plan holds ${count(backup.picks ?? 0)} picks, more than this planner loads at once, so only the first ${count(MAX_SAVED_PICKS)} are loaded. The whole plan is kept in this browser under "${backup.key}".`;
    case 'newer-version':
      return `A plan saved by a newer version of this planner is kept in this browser under "${backup.key}".`;
  }
}

/**
 * The standing problems with saving, in plain words, most serious first (backups have their own notices).
 *
 * @example storageMessages({ backups: [], newerVersion: null, unreadableKept: false, notSaving: true })
 *   // ["Your picks can't be saved in this browser, so they will not be kept after you close this page."]
 */
export function storageMessages(health: StorageHealth): string[] {
  const messages: string[] = [];
  if (health.newerVersion !== null) {
    messages.push(
      'Your plan was saved by a newer version of this planner. This page leaves it untouched, so picks made here are not kept. Reload to get the newer version, or start afresh here.',
    );
  }
  if (health.unreadableKept) {
    messages.push(
      'Your saved plan could not be read, nor copied aside, so it is left untouched and picks made here are not kept.',
    );
  } else if (health.notSaving && health.newerVersion === null) {
    messages.push(
      "Your picks can't be saved in this browser, so they will not be kept after you close this page.",
    );
  }
  return messages;
}
