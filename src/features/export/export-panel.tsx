import { useId } from 'react';
import { Button } from '../../components/button';
import { ReminderSelect } from './reminder-select';
import { usePlanExport } from './use-plan-export';
import styles from './export-panel.module.css';

interface ExportPanelProps {
  /** The clock stamped into the file; tests pass a fixed one. */
  clock?: () => number;
  /** `toolbar` lets the panel's parts join the grid of a header toolbar on phones. */
  layout?: 'stacked' | 'toolbar';
}

/** "Export .ics" with its reminder choice, and what the export did or why it cannot run. */
export function ExportPanel({ clock = Date.now, layout = 'stacked' }: ExportPanelProps) {
  const hintId = useId();
  const { canExport, hint, outcome, exportNow } = usePlanExport(clock);
  // After an export its outcome already says what was left out; the hint would repeat it.
  const shownHint = !canExport || !outcome?.ok ? hint : null;
  return (
    <div
      className={layout === 'toolbar' ? `${styles.panel} ${styles.toolbar}` : styles.panel}
      role="group"
      aria-label="Calendar export"
    >
      <div className={styles.controls}>
        <Button
          compact
          disabled={!canExport}
          aria-describedby={shownHint ? hintId : undefined}
          onClick={() => void exportNow()}
        >
          <span aria-hidden="true">⤓ </span>Export .ics
        </Button>
        <ReminderSelect className={styles.reminder} />
      </div>
      {shownHint && (
        <p id={hintId} className={styles.hint}>
          {shownHint}
        </p>
      )}
      <p
        role="status"
        className={outcome?.ok === false ? `${styles.status} ${styles.error}` : styles.status}
      >
        {outcome?.message}
      </p>
    </div>
  );
}
