import { useShallow } from 'zustand/react/shallow';
import { storageMessages } from '../../store/storage-health';
import { usePlanStorageHealth } from '../../store/plan-store';
import styles from './storage-notice.module.css';

/** Says in plain words when the plan could not be read or cannot be saved. */
export function StorageNotice() {
  const messages = usePlanStorageHealth(useShallow(storageMessages));
  return (
    <div className={styles.notice} role="status">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
