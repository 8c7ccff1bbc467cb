import { MAX_SAVED_PICKS } from './saved-plan';
import type { PlanBackup, StorageHealth } from './storage-health';

// Read only by the storage notice, so they load with it once the page is idle.

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
