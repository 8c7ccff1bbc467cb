import { useCallback, useState } from 'react';
import type { ImportInput, SkippedEvents } from '@/domain/import/import-schedule';
import { feedUrl } from '@/domain/import/feed-url';
import type { Schedule } from '@/domain/schedule-schema';
import { markChecked } from '@/store/change-checks';
import { readRememberedZone, rememberZone, type StorageSource } from '@/store/conference-menu';
import { fetchScheduleText } from './fetch-schedule-text';
import type { ImportScheduleFile } from './import-in-worker';

/** Where opening a schedule stands, as the dialog shows it. */
export type OpenStep =
  | { kind: 'choose' }
  | { kind: 'reading'; what: string }
  /** The file names no time zone: the person picks one for `origin`. */
  | { kind: 'needs-zone'; input: ImportInput; origin: string; message: string }
  | { kind: 'problem'; message: string };

export interface OpenScheduleOptions {
  importFile: ImportScheduleFile;
  fetchImpl: typeof fetch;
  storage: StorageSource;
  /** The clock a fetch is timed by, so the app's own look for changes waits an hour after it. */
  now: () => number;
  onOpened: (schedule: Schedule, skipped: SkippedEvents) => void;
}

/**
 * Opens a schedule from a file or an address: fetch, read in the worker, ask for a time zone when
 * the file names none (remembering the answer for that file or address), and say plainly what went
 * wrong. Nothing is handed on until a whole schedule has been read.
 */
export function useOpenSchedule({
  importFile,
  fetchImpl,
  storage,
  now,
  onOpened,
}: OpenScheduleOptions) {
  const [step, setStep] = useState<OpenStep>({ kind: 'choose' });

  const read = useCallback(
    async (input: ImportInput, origin: string) => {
      setStep({ kind: 'reading', what: origin });
      let result;
      try {
        result = await importFile(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setStep({ kind: 'problem', message: `${origin} could not be read: ${reason}` });
        return;
      }
      if (result.kind === 'schedule') {
        if (input.zone) rememberZone(storage, origin, input.zone);
        setStep({ kind: 'choose' });
        onOpened(result.schedule, result.skipped);
      } else if (result.kind === 'needs-zone') {
        const remembered = readRememberedZone(storage, origin);
        if (remembered && !input.zone) return read({ ...input, zone: remembered }, origin);
        setStep({ kind: 'needs-zone', input, origin, message: result.message });
      } else {
        setStep({ kind: 'problem', message: result.message });
      }
    },
    [importFile, storage, onOpened],
  );

  const openFile = useCallback(
    async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await read({ text: bytes }, file.name);
    },
    [read],
  );

  const openUrl = useCallback(
    async (pasted: string) => {
      const feed = feedUrl(pasted);
      if (feed.kind === 'problem') return setStep({ kind: 'problem', message: feed.message });
      setStep({ kind: 'reading', what: feed.url });
      const fetched = await fetchScheduleText(feed.url, fetchImpl, window.location.origin);
      if (!fetched.ok) return setStep({ kind: 'problem', message: fetched.message });
      // Just fetched: the app need not look for changes on its own for another hour.
      markChecked(storage, feed.url, now());
      await read({ text: fetched.bytes, sourceUrl: feed.url }, feed.url);
    },
    [read, fetchImpl, storage, now],
  );

  const answerZone = useCallback(
    (zone: string) => {
      if (step.kind === 'needs-zone') void read({ ...step.input, zone }, step.origin);
    },
    [read, step],
  );

  return { step, openFile, openUrl, answerZone };
}
