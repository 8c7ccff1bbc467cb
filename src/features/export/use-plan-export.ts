import { useCallback, useRef, useState } from 'react';
import { useMissingPickIds, usePlannedTalks } from '../../store/plan-selectors';
import { usePlanStore } from '../../store/plan-store';
import { useScheduleChangesStore } from '../../store/schedule-changes';
import { useShownSchedule } from '../../store/shown-schedule';
import { EXPORT_FAILED_MESSAGE, exportDoneMessage, exportHint } from './export-messages';

export interface ExportOutcome {
  ok: boolean;
  message: string;
}

/**
 * The export's state for the panel: whether there is anything to export, what to say about it,
 * and the action itself.
 */
export function usePlanExport(clock: () => number) {
  const { loadFullSchedule } = useShownSchedule();
  const talks = usePlannedTalks();
  const missingIds = useMissingPickIds();
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const busy = useRef(false);

  const exportNow = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // Read at click time so a reminder chosen a moment ago is the one written.
      const { starred: picks, mustSee, reminderMinutes } = usePlanStore.getState();
      // Fetched on the first export only: it carries the calendar code and ical-generator.
      const [{ exportPlanAsIcs }, complete] = await Promise.all([
        import('./export-plan-as-ics'),
        loadFullSchedule(),
      ]);
      const done = await exportPlanAsIcs({
        starred: picks,
        mustSeeIds: mustSee,
        seen: useScheduleChangesStore.getState().seen,
        schedule: complete,
        reminderMinutes,
        now: clock(),
      });
      setOutcome({ ok: true, message: exportDoneMessage(done) });
    } catch {
      setOutcome({ ok: false, message: EXPORT_FAILED_MESSAGE });
    } finally {
      busy.current = false;
    }
  }, [loadFullSchedule, clock]);

  return {
    canExport: talks.length > 0,
    hint: exportHint(talks.length, missingIds.length),
    outcome,
    exportNow,
  };
}
