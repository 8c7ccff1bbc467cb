import { Button } from '@/components/button';
import { useScheduleChangesStore } from '@/store/schedule-changes';
import { usePickChangeLines } from './use-pick-change-lines';
import styles from './notice.module.css';

/** Says, when the app opens on a newer schedule, which starred talks moved or were cancelled. */
export function ScheduleChangesNotice() {
  const announced = useScheduleChangesStore((state) => state.announced);
  const dismiss = useScheduleChangesStore((state) => state.dismiss);
  const lines = usePickChangeLines();
  return (
    <div className={`${styles.notice} ${styles.info}`} role="status">
      {announced && lines.length > 0 && (
        <>
          <p className={styles.lead}>The schedule has changed since you last looked:</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Button variant="outline" className={styles.action} onClick={dismiss}>
            Dismiss
          </Button>
        </>
      )}
    </div>
  );
}
