import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import { readSavedPlanText, type SavedPlanReading } from './read-saved-plan';
import type { SavedPlan } from './saved-plan';
import type { BackupReason, PlanBackup, StorageHealth } from './storage-health';

interface GuardedStorageOptions {
  /** The key the plan is saved under; backups sit beside it. */
  name: string;
  /** Returns the browser storage; may throw where storage is blocked. */
  getStorage: () => Storage;
  /** The clock, for naming backups. */
  now: () => number;
  health: StoreApi<StorageHealth>;
  /**
   * The conference a plan saved before conferences had plans of their own belongs to; null until
   * the app knows it, and until then nothing is read or written.
   */
  bundledConferenceId: () => string | null;
}

/** The persist middleware's storage, plus what the person can do about a saved plan. */
export interface GuardedStorage extends PersistStorage<SavedPlan> {
  /** The saved plan as storage holds it this moment, when changes may be built on it; else null. */
  latest(): SavedPlan | null;
  /** Sets a plan from a newer version aside under a backup key, so this page may save again. */
  startAfresh(): void;
  /** Puts a backup back as the saved plan, first setting the current one aside; true when done. */
  restore(backupKey: string): boolean;
  /** Hides a backup's notice for good; the backup itself stays. */
  dismiss(backupKey: string): void;
}

/**
 * The persist middleware's storage, guarded so that no failure loses picks: loading never
 * writes; unreadable text is copied to a backup key before anything may overwrite it; a plan
 * from a newer version is never overwritten unless the person starts afresh; more picks than
 * MAX_SAVED_PICKS load capped, the whole text backed up; failed writes are reported, not thrown.
 *
 * @example persist(config, { name, storage: createGuardedStorage({ name, getStorage: () => localStorage, now: Date.now, health }) })
 */
export function createGuardedStorage({
  name,
  getStorage,
  now,
  health,
  bundledConferenceId,
}: GuardedStorageOptions): GuardedStorage {
  const backupPrefix = `${name}:backup-`;
  const dismissedKey = `${name}:dismissed-backups`;
  const report = (change: Partial<StorageHealth>) => health.setState(change);

  const storageOrNull = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      report({ notSaving: true });
      return null;
    }
  };

  const readDismissed = (storage: Storage): string[] => {
    try {
      const list: unknown = JSON.parse(storage.getItem(dismissedKey) ?? '[]');
      return Array.isArray(list) ? list.filter((key) => typeof key === 'string') : [];
    } catch {
      return [];
    }
  };

  const describeBackup = (key: string, raw: string): PlanBackup => {
    const reading = readText(raw) ?? { kind: 'unreadable' };
    const reason: BackupReason =
      reading.kind === 'plan'
        ? 'too-many'
        : reading.kind === 'newer-version'
          ? 'newer-version'
          : 'unreadable';
    return {
      key,
      reason,
      excerpt: quoteExcerpt(raw),
      picks: reading.kind === 'plan' ? reading.total : null,
    };
  };

  // Every backup not dismissed gets a notice, on every load, until the person dismisses it.
  const listBackups = (storage: Storage) => {
    const dismissed = new Set(readDismissed(storage));
    const backups: PlanBackup[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key === null || !key.startsWith(backupPrefix) || dismissed.has(key)) continue;
      const raw = storage.getItem(key);
      if (raw !== null) backups.push(describeBackup(key, raw));
    }
    backups.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
    report({ backups });
  };

  // Copies text aside once (the same text keeps its first backup); null when storage refuses.
  const backUp = (storage: Storage, raw: string): string | null => {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(backupPrefix) && storage.getItem(key) === raw) return key;
    }
    let key = `${backupPrefix}${now()}`;
    for (let n = 2; storage.getItem(key) !== null; n += 1) key = `${backupPrefix}${now()}-${n}`;
    try {
      storage.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  };

  const readRaw = (): { storage: Storage; raw: string | null } | null => {
    const storage = storageOrNull();
    if (!storage) return null;
    try {
      return { storage, raw: storage.getItem(name) };
    } catch {
      report({ notSaving: true });
      return null;
    }
  };

  const writesAllowed = () => {
    const { newerVersion, unreadableKept } = health.getState();
    return newerVersion === null && !unreadableKept && bundledConferenceId() !== null;
  };

  // Saved text read into the current shape, once the bundled conference is known.
  const readText = (raw: string): SavedPlanReading | null => {
    const bundledId = bundledConferenceId();
    return bundledId === null ? null : readSavedPlanText(raw, bundledId);
  };

  const write = (storage: Storage, value: StorageValue<SavedPlan>) => {
    try {
      storage.setItem(name, JSON.stringify(value));
      if (health.getState().notSaving) report({ notSaving: false });
    } catch {
      report({ notSaving: true });
    }
  };

  return {
    getItem(): StorageValue<SavedPlan> | null {
      if (bundledConferenceId() === null) return null;
      const read = readRaw();
      if (!read) return null;
      const { storage, raw } = read;
      report({ newerVersion: null, unreadableKept: false });
      if (raw !== null) {
        const reading = readText(raw) ?? { kind: 'unreadable' };
        if (reading.kind === 'newer-version') report({ newerVersion: reading.version });
        else if (
          (reading.kind === 'unreadable' || reading.capped) &&
          backUp(storage, raw) === null
        ) {
          report({ unreadableKept: true });
        }
        listBackups(storage);
        return reading.kind === 'plan' ? reading.saved : null;
      }
      listBackups(storage);
      return null;
    },
    setItem(_, value) {
      if (!writesAllowed()) return;
      const storage = storageOrNull();
      if (storage) write(storage, value);
    },
    removeItem() {
      if (!writesAllowed()) return;
      try {
        getStorage().removeItem(name);
      } catch {
        report({ notSaving: true });
      }
    },
    latest() {
      if (!writesAllowed()) return null;
      const read = readRaw();
      if (!read || read.raw === null) return null;
      const reading = readText(read.raw);
      return reading?.kind === 'plan' ? reading.saved.state : null;
    },
    startAfresh() {
      const read = readRaw();
      if (!read) return;
      const { storage, raw } = read;
      if (raw !== null && readText(raw)?.kind === 'newer-version' && backUp(storage, raw) === null)
        return;
      report({ newerVersion: null });
      listBackups(storage);
    },
    restore(backupKey) {
      const read = readRaw();
      if (!read) return false;
      const { storage, raw } = read;
      const backup = storage.getItem(backupKey);
      if (backup === null) return false;
      // The plan it replaces is set aside first, so restoring loses nothing either.
      if (raw !== null && raw !== backup && backUp(storage, raw) === null) return false;
      try {
        storage.setItem(name, backup);
        storage.removeItem(backupKey);
        return true;
      } catch {
        report({ notSaving: true });
        return false;
      }
    },
    dismiss(backupKey) {
      report({ backups: health.getState().backups.filter((b) => b.key !== backupKey) });
      const storage = storageOrNull();
      if (!storage) return;
      try {
        const dismissed = readDismissed(storage);
        storage.setItem(dismissedKey, JSON.stringify([...dismissed, backupKey]));
      } catch {
        // The notice stays hidden for this visit; it comes back on the next, which loses nothing.
      }
    },
  };
}
