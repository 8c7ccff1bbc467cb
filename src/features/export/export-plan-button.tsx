import { useCallback, useId } from 'react';
import { Button } from '../../components/button';
import { Icon } from '../../components/icon';
import { Toast } from '../../components/toast';
import { VisuallyHidden } from '../../components/visually-hidden';
import type { Schedule } from '../../domain/schedule-schema';
import { usePlanExport } from './use-plan-export';
import styles from './export-plan-button.module.css';

/** Long enough to read a sentence or two; the message stays while pointer or focus is on it. */
const EXPORT_TOAST_MS = 8_000;

interface ExportPlanButtonProps {
  /** The schedule shown, which may still lack its abstracts just after the first paint. */
  schedule: Schedule;
  /** The whole schedule, abstracts included, so an early export never writes events without them. */
  completeSchedule?: () => Promise<Schedule>;
  /** The clock stamped into the file; tests pass a fixed one. */
  clock?: () => number;
  className?: string;
}

/**
 * "Export .ics": downloads the plan, and says what it did in a toast that goes away, so the
 * header keeps its size. With nothing to export it looks unavailable and, clicked, says why.
 */
export function ExportPlanButton({
  schedule,
  completeSchedule,
  clock = Date.now,
  className,
}: ExportPlanButtonProps) {
  const hintId = useId();
  const { canExport, hint, notice, exportNow, explainUnavailable, dismiss } = usePlanExport(
    schedule,
    clock,
    completeSchedule,
  );
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
      {hint && (
        <VisuallyHidden>
          <span id={hintId}>{hint}</span>
        </VisuallyHidden>
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
