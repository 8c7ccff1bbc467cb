import { downloadFile } from '@/lib/download-file';
import { buildPlanCalendar } from '@/domain/calendar/build-plan-calendar';
import { CALENDAR_FILE_TYPE, planFileName } from '@/domain/calendar/calendar-file-name';
import { findClashes } from '@/domain/plan/find-clashes';
import { resolvePicks } from '@/domain/plan/resolve-picks';
import type { Schedule } from '@/domain/schedule-schema';
import { cancelledTalk, type SeenSchedule } from '@/store/seen-schedule';

export interface PlanExport {
  fileName: string;
  talkCount: number;
  /** Picks left out because the schedule no longer has them. */
  vanishedCount: number;
  clashCount: number;
  reminderMinutes: number;
}

interface ExportRequest {
  starred: readonly string[];
  /** Picks written with the higher PRIORITY. */
  mustSeeIds?: readonly string[];
  schedule: Schedule;
  /** The schedule last seen: revisions for SEQUENCE, cancelled picks for STATUS:CANCELLED. */
  seen?: SeenSchedule | null;
  reminderMinutes: number;
  /** The clock, as epoch ms. */
  now: number;
}

/**
 * Downloads the plan as one .ics file. This module, calendar code and ical-generator included, is
 * imported lazily by the export button, so it never weighs on the first load.
 *
 * @example await exportPlanAsIcs({ starred, schedule, reminderMinutes: 10, now: Date.now() })
 *   // { fileName: 'kubecon-na-2023-my-plan.ics', talkCount: 5, vanishedCount: 0, clashCount: 1, … }
 */
export async function exportPlanAsIcs(request: ExportRequest): Promise<PlanExport> {
  const { starred, mustSeeIds = [], seen, schedule, reminderMinutes, now } = request;
  const picked = new Set(starred);
  // A cancelled pick stays in the plan, so the person's calendar is told to drop its event.
  const cancelledTalks = (seen?.cancelled ?? [])
    .filter((talk) => picked.has(talk.id))
    .map(cancelledTalk);
  const { talks, missingIds } = resolvePicks(starred, schedule.talks);
  const clashes = findClashes(talks);
  const content = buildPlanCalendar({
    talks,
    conference: schedule.conference,
    reminderMinutes,
    now,
    clashes,
    mustSeeIds: new Set(mustSeeIds),
    revisions: seen?.revisions,
    cancelledTalks,
  });
  const fileName = planFileName(schedule.conference);
  downloadFile({ fileName, type: CALENDAR_FILE_TYPE, content });
  return {
    fileName,
    talkCount: talks.length,
    vanishedCount: missingIds.length,
    clashCount: clashes.length,
    reminderMinutes,
  };
}
