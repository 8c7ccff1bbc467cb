import { Suspense, useEffect, useState } from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { Button } from '@/components/button';
import type { SkippedEvents } from '@/domain/import/import-schedule';
import type { Schedule } from '@/domain/schedule-schema';
import type { ImportScheduleFile } from './import-in-worker';

// Only a person who opens a schedule loads the dialog, the importer and its worker.
const OpenScheduleDialog = lazyComponent(() =>
  import('./open-schedule-dialog').then((m) => m.OpenScheduleDialog),
);
const loadWorkerImporter: ImportScheduleFile = (input) =>
  import('./import-in-worker').then((m) => m.importInWorker(input));

interface OpenScheduleButtonProps {
  onOpened: (schedule: Schedule, skipped: SkippedEvents) => void;
  /** An address to open at once, from `?schedule=`. */
  scheduleUrl?: string | null;
  /** Where files are read; the worker in the app, the importer itself in component tests. */
  importFile?: ImportScheduleFile;
  className?: string;
  /** The app's clock. */
  now?: () => number;
}

const systemNow = () => Date.now();

type Opening = null | { initial?: { file: File } | { url: string } };

/** "Open a schedule", and a file dropped anywhere on the page opens it too. */
export function OpenScheduleButton({
  onOpened,
  scheduleUrl = null,
  importFile = loadWorkerImporter,
  className,
  now = systemNow,
}: OpenScheduleButtonProps) {
  const [opening, setOpening] = useState<Opening>(null);
  // The address is read once the page is live, so its schedule opens when it arrives.
  const [askedUrl, setAskedUrl] = useState<string | null>(null);
  if (scheduleUrl && scheduleUrl !== askedUrl) {
    setAskedUrl(scheduleUrl);
    setOpening({ initial: { url: scheduleUrl } });
  }
  useEffect(() => {
    // Without this the browser would navigate to a file dropped on the page.
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      setOpening({ initial: { file } });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return (
    <>
      <Button variant="outline" compact className={className} onClick={() => setOpening({})}>
        Open a schedule
      </Button>
      {opening && (
        <Suspense fallback={null}>
          <OpenScheduleDialog
            key={opening.initial && 'file' in opening.initial ? opening.initial.file.name : 'open'}
            initial={opening.initial}
            importFile={importFile}
            fetchImpl={(...args) => window.fetch(...args)}
            storage={() => window.localStorage}
            now={now}
            onClose={() => setOpening(null)}
            onOpened={(schedule, skipped) => {
              setOpening(null);
              onOpened(schedule, skipped);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
