import { useCallback, useEffect, useState } from 'react';
import type { ImportResult } from '@/domain/import/import-schedule';
import { describeScheduleUpdate, isChangeCheckDue } from '@/domain/schedule-changes/change-check';
import { diffSchedules } from '@/domain/schedule-changes/diff-schedules';
import type { Schedule } from '@/domain/schedule-schema';
import { markChecked, readLastChecked } from '@/store/change-checks';
import { readRememberedZone, type StorageSource } from '@/store/conference-menu';
import { fetchScheduleText } from './fetch-schedule-text';
import type { ImportScheduleFile } from './import-in-worker';

/** Where a look at the conference's address for a newer schedule stands. */
export type ChangeCheck =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'unchanged' }
  /** `summary` counts what moved, went or came; null when only the talks' details changed. */
  | { kind: 'updated'; summary: string | null }
  | { kind: 'problem'; message: string };

export interface CheckForChangesOptions {
  /** The conference shown, opened from `schedule.conference.source.url`. */
  schedule: Schedule;
  importFile: ImportScheduleFile;
  fetchImpl: typeof fetch;
  storage: StorageSource;
  /** The clock and the connection, passed in so that tests can set them. */
  now: () => number;
  isOnline: () => boolean;
  /** Receives a newer version, to keep in place of the one shown. */
  onUpdated: (schedule: Schedule) => void;
}

const sameSchedule = (a: Schedule, b: Schedule) => JSON.stringify(a) === JSON.stringify(b);

/** The importer's result for what the address now serves, or why it could not be read. */
async function importAgain(
  bytes: Uint8Array,
  schedule: Schedule,
  importFile: ImportScheduleFile,
  storage: StorageSource,
): Promise<ImportResult> {
  const url = schedule.conference.source.url ?? '';
  const input = { text: bytes, sourceUrl: url };
  const remembered = readRememberedZone(storage, url);
  const result = await importFile(remembered ? { ...input, zone: remembered } : input);
  // The person answered this question when they first opened it: the answer is the zone shown.
  if (result.kind === 'needs-zone')
    return importFile({ ...input, zone: schedule.conference.timeZone });
  return result;
}

/**
 * "Check for changes" for a conference opened from an address: fetches it again and hands on a
 * newer version, which the plan then follows by talk id. The app also looks on its own when the
 * conference shows and when the connection comes back, while online and at most once an hour.
 */
export function useCheckForChanges({
  schedule,
  importFile,
  fetchImpl,
  storage,
  now,
  isOnline,
  onUpdated,
}: CheckForChangesOptions) {
  const [check, setCheck] = useState<ChangeCheck>({ kind: 'idle' });
  const url = schedule.conference.source.url;

  const checkNow = useCallback(async () => {
    if (!url) return;
    markChecked(storage, url, now());
    setCheck({ kind: 'checking' });
    const fetched = await fetchScheduleText(url, fetchImpl, window.location.origin);
    if (!fetched.ok) return setCheck({ kind: 'problem', message: fetched.message });
    let result: ImportResult;
    try {
      result = await importAgain(fetched.bytes, schedule, importFile, storage);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return setCheck({ kind: 'problem', message: `${url} could not be read: ${reason}` });
    }
    if (result.kind !== 'schedule') {
      // An empty or broken version never replaces a good one.
      return setCheck({ kind: 'problem', message: result.message });
    }
    if (sameSchedule(result.schedule, schedule)) return setCheck({ kind: 'unchanged' });
    const summary = describeScheduleUpdate(diffSchedules(schedule.talks, result.schedule.talks));
    setCheck({ kind: 'updated', summary });
    onUpdated(result.schedule);
  }, [url, schedule, importFile, fetchImpl, storage, now, onUpdated]);

  useEffect(() => {
    if (!url) return;
    const checkIfDue = () => {
      const lastCheckedAt = readLastChecked(storage, url);
      if (isChangeCheckDue({ lastCheckedAt, now: now(), online: isOnline() })) void checkNow();
    };
    checkIfDue();
    window.addEventListener('online', checkIfDue);
    return () => window.removeEventListener('online', checkIfDue);
  }, [url, storage, now, isOnline, checkNow]);

  return { check, checkNow };
}
