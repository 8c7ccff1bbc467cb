import { useCallback, useId } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icon';
import { Toast } from '@/components/toast';
import { usePlanExport } from './use-plan-export';
import styles from './export-plan-button.module.css';

/** Long enough to read a sentence or two; the message stays while pointer or focus is on it. */
const EXPORT_TOAST_MS = 8_000;

interface ExportPlanButtonProps {
  /** The clock stamped into the file; tests pass a fixed one. */
  clock?: () => number;
  className?: string;
}

/**
 * "Export .ics": downloads the plan, and says what it did in a toast that goes away, so the
 * header keeps its size. With nothing to export it looks unavailable and, clicked, says why.
 */
export function ExportPlanButton({ clock = Date.now, className }: ExportPlanButtonProps) {
  const hintId = useId();
  const { canExport, hint, notice, exportNow, explainUnavailable, dismiss } = usePlanExport(clock);
  const onClick = useCallback(
    () => (canExport ? void exportNow() : explainUnavailable()),
    [canExport, exportNow, explainUnavailable],
  );
  return (
    <>
      <Button
        compact
        className={[styles.button, className].filter(Boolean).join(' ')}
        // Still focusable and clickable while unavailable, so it can say why.
        aria-disabled={!canExport}
        aria-describedby={hint ? hintId : undefined}
        onClick={onClick}
      >
        <Icon name="download" /> Export .ics
      </Button>
      {/* Shown beside the button while it is pointed at or focused, without moving anything. */}
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      <Toast
        label="Calendar export"
        notice={notice}
        onDismiss={dismiss}
        durationMs={EXPORT_TOAST_MS}
      />
    </>
  );
}
