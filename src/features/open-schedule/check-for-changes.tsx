import { Button } from '@/components/button';
import type { Schedule } from '@/domain/schedule-schema';
import { importInWorker, type ImportScheduleFile } from './import-in-worker';
import { useCheckForChanges, type ChangeCheck } from './use-check-for-changes';
import styles from './check-for-changes.module.css';

interface CheckForChangesProps {
  schedule: Schedule;
  onUpdated: (schedule: Schedule) => void;
  now?: () => number;
  isOnline?: () => boolean;
  /** Where files are read; the worker in the app, the importer itself in component tests. */
  importFile?: ImportScheduleFile;
  fetchImpl?: typeof fetch;
}

/** The words for where a check stands; nothing while none has been made. */
function checkText(check: ChangeCheck): string {
  switch (check.kind) {
    case 'idle':
      return '';
    case 'checking':
      return 'Checking for changes…';
    case 'unchanged':
      return 'No changes: this is the latest version.';
    case 'updated':
      return `Updated to the latest version${check.summary ? `: ${check.summary}` : ''}.`;
    case 'problem':
      return `Could not check for changes. ${check.message} The version you have stays.`;
  }
}

const systemNow = () => Date.now();
const browserIsOnline = () => navigator.onLine;
const browserFetch: typeof fetch = (...args) => window.fetch(...args);
const browserStorage = () => window.localStorage;

/** "Check for changes" for a conference opened from its address, and what the last check found. */
export function CheckForChanges({
  schedule,
  onUpdated,
  now = systemNow,
  isOnline = browserIsOnline,
  importFile = importInWorker,
  fetchImpl = browserFetch,
}: CheckForChangesProps) {
  const { check, checkNow } = useCheckForChanges({
    schedule,
    importFile,
    fetchImpl,
    storage: browserStorage,
    now,
    isOnline,
    onUpdated,
  });
  return (
    <div className={styles.check}>
      <Button
        variant="outline"
        compact
        disabled={check.kind === 'checking'}
        onClick={() => void checkNow()}
      >
        Check for changes
      </Button>
      <p role="status" className={styles.status}>
        {checkText(check)}
      </p>
    </div>
  );
}
