import { useId } from 'react';
import { ReminderSelect } from './reminder-select';
import { usePlanExport } from './use-plan-export';
import './export-panel.css';

interface ExportPanelProps {
  /** The clock stamped into the file; tests pass a fixed one. */
  clock?: () => number;
}

/** "Export .ics" with its reminder choice, and what the export did or why it cannot run. */
export function ExportPanel({ clock = Date.now }: ExportPanelProps) {
  const hintId = useId();
  const { canExport, hint, outcome, exportNow } = usePlanExport(clock);
  // After an export its outcome already says what was left out; the hint would repeat it.
  const shownHint = !canExport || !outcome?.ok ? hint : null;
  return (
    <div className="export-panel" role="group" aria-label="Calendar export">
      <div className="export-panel__controls">
        <button
          type="button"
          className="export-panel__button"
          disabled={!canExport}
          aria-describedby={shownHint ? hintId : undefined}
          onClick={() => void exportNow()}
        >
          <span aria-hidden="true">⤓ </span>Export .ics
        </button>
        <ReminderSelect />
      </div>
      {shownHint && (
        <p id={hintId} className="export-panel__hint">
          {shownHint}
        </p>
      )}
      <p
        role="status"
        className={outcome?.ok === false ? 'export-panel__status is-error' : 'export-panel__status'}
      >
        {outcome?.message}
      </p>
    </div>
  );
}
