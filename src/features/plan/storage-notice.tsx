import { useShallow } from 'zustand/react/shallow';
import { backupMessage, storageMessages } from '../../store/storage-health';
import { usePlanStorageHealth, usePlanStore } from '../../store/plan-store';
import './storage-notice.css';

/** Says in plain words when the plan could not be read or cannot be saved; each backup's notice stays until dismissed. */
export function StorageNotice() {
  const messages = usePlanStorageHealth(useShallow(storageMessages));
  const backups = usePlanStorageHealth((health) => health.backups);
  const fromNewerVersion = usePlanStorageHealth((health) => health.newerVersion !== null);
  const { startAfresh, restoreBackup, dismissBackup } = usePlanStore(
    useShallow(({ startAfresh, restoreBackup, dismissBackup }) => ({
      startAfresh,
      restoreBackup,
      dismissBackup,
    })),
  );
  return (
    <div className="storage-notice" role="status">
      {messages.map((message) => (
        <p key={message} className="storage-notice__message">
          {message}
        </p>
      ))}
      {fromNewerVersion && (
        <button type="button" className="button-outline" onClick={startAfresh}>
          Start afresh
        </button>
      )}
      {backups.map((backup) => (
        <div key={backup.key} className="storage-notice__message">
          <p>{backupMessage(backup)}</p>
          <button
            type="button"
            className="button-outline"
            onClick={() => restoreBackup(backup.key)}
          >
            Restore
          </button>{' '}
          <button
            type="button"
            className="button-outline"
            onClick={() => dismissBackup(backup.key)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
