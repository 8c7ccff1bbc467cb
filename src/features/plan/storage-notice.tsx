import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { backupMessage, storageMessages } from '@/store/storage-messages';
import { usePlanStorageHealth, usePlanStore } from '@/store/plan-store';
import styles from './notice.module.css';

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
    <div className={`${styles.notice} ${styles.problem}`} role="status">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {fromNewerVersion && (
        <Button variant="outline" className={styles.action} onClick={startAfresh}>
          Start afresh
        </Button>
      )}
      {backups.map((backup) => (
        <div key={backup.key} className={styles.backup}>
          <p>{backupMessage(backup)}</p>
          <Button variant="outline" onClick={() => restoreBackup(backup.key)}>
            Restore
          </Button>
          <Button variant="outline" onClick={() => dismissBackup(backup.key)}>
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  );
}
