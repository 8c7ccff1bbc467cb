import { useCallback, useRef, useState } from 'react';
import type { ToastNotice } from '@/components/toast';
import { useMissingPickIds, usePlannedTalks } from '@/store/plan-selectors';
import { planOf, usePlanStore } from '@/store/plan-store';
import { seenOf, useScheduleChangesStore } from '@/store/schedule-changes';
import { useShownConferenceId, useShownSchedule } from '@/store/shown-schedule';
import { EXPORT_FAILED_MESSAGE, exportHint } from './export-messages';

/**
 * The export's state for its button: whether there is anything to export, what to say about it,
 * the action itself, and the latest message (a new one per export, so a repeat is announced too).
 */
export function usePlanExport(clock: () => number) {
  const { loadFullSchedule } = useShownSchedule();
  const conferenceId = useShownConferenceId();
  const talks = usePlannedTalks();
  const missingIds = useMissingPickIds();
  const [notice, setNotice] = useState<ToastNotice | null>(null);
  const busy = useRef(false);
  const count = useRef(0);
  // The last export's message and how many times in a row it was the same.
  const lastDone = useRef({ message: '', repeat: 0 });
  const say = useCallback((message: string, tone: ToastNotice['tone'] = 'info') => {
    count.current += 1;
    setNotice({ key: count.current, message, tone });
  }, []);

  const exportNow = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // Read at click time so a reminder chosen a moment ago is the one written.
      const { plans, reminderMinutes } = usePlanStore.getState();
      const { starred: picks, mustSee } = planOf(plans, conferenceId);
      // Fetched on the first export only: it carries the calendar code and ical-generator.
      const [{ exportPlanAsIcs }, { exportDoneMessage }, complete] = await Promise.all([
        import('./export-plan-as-ics'),
        import('./export-done-message'),
        loadFullSchedule(),
      ]);
      const done = await exportPlanAsIcs({
        starred: picks,
        mustSeeIds: mustSee,
        seen: seenOf(useScheduleChangesStore.getState(), conferenceId),
        schedule: complete,
        reminderMinutes,
        now: clock(),
      });
      const first = exportDoneMessage(done);
      const repeat = lastDone.current.message === first ? lastDone.current.repeat + 1 : 1;
      lastDone.current = { message: first, repeat };
      say(exportDoneMessage(done, repeat));
    } catch {
      say(EXPORT_FAILED_MESSAGE, 'problem');
    } finally {
      busy.current = false;
    }
  }, [loadFullSchedule, conferenceId, clock, say]);

  const hint = exportHint(talks.length, missingIds.length);
  const explainUnavailable = useCallback(() => {
    if (hint) say(hint);
  }, [hint, say]);
  const dismiss = useCallback(() => setNotice(null), []);

  return { canExport: talks.length > 0, hint, notice, exportNow, explainUnavailable, dismiss };
}
