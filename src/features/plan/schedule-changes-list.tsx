import { useId } from 'react';
import { MutedText } from '@/components/muted-text';
import { usePickChangeLines } from './use-pick-change-lines';
import styles from './schedule-changes-list.module.css';

/** "Changes" in My plan: what the last change of schedule did to starred talks; hidden while none. */
export function ScheduleChangesList() {
  const headingId = useId();
  const lines = usePickChangeLines();
  if (lines.length === 0) return null;
  return (
    <section className={styles.changes} aria-labelledby={headingId}>
      <h2 id={headingId}>Changes</h2>
      <MutedText>Since you last looked, the schedule changed these picks.</MutedText>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
