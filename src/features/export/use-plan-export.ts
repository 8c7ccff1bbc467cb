import { useCallback, useMemo, useRef, useState } from 'react';
import { resolvePicks } from '../../domain/plan/resolve-picks';
import type { Schedule } from '../../domain/schedule-schema';
import { usePlanStore } from '../../store/plan-store';
import { EXPORT_FAILED_MESSAGE, exportDoneMessage, exportHint } from './export-messages';

export interface ExportOutcome {
  ok: boolean;
  message: string;
}

/**
 * The export's state for the panel: whether there is anything to export, what to say about it,
 * and the action itself.
 */
export function usePlanExport(
  schedule: Schedule,
  clock: () => number,
  completeSchedule: () => Promise<Schedule> = () => Promise.resolve(schedule),
) {
  const starred = usePlanStore((state) => state.starred);
  const { talks, missingIds } = useMemo(
    () => resolvePicks(starred, schedule.talks),
    [starred, schedule.talks],
  );
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const busy = useRef(false);

  const exportNow = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // Read at click time so a reminder chosen a moment ago is the one written.
      const { starred: picks, reminderMinutes } = usePlanStore.getState();
      // Fetched on the first export only: it carries the calendar code and ical-generator.
      const [{ exportPlanAsIcs }, complete] = await Promise.all([
        import('./export-plan-as-ics'),
        completeSchedule(),
      ]);
      const done = await exportPlanAsIcs({
        starred: picks,
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
  }, [completeSchedule, clock]);

  return {
    canExport: talks.length > 0,
    hint: exportHint(talks.length, missingIds.length),
    outcome,
    exportNow,
  };
}
