import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import styles from './open-schedule-dialog.module.css';
import { useOpenSchedule, type OpenScheduleOptions } from './use-open-schedule';
import { ZoneQuestion } from './zone-question';

interface OpenScheduleDialogProps extends OpenScheduleOptions {
  onClose: () => void;
  /** A file dropped on the page or an address from `?schedule=`, opened at once. */
  initial?: { file: File } | { url: string };
}

/** The three ways in: a file, a dropped file (opened by the caller) or an address. */
export function OpenScheduleDialog({ onClose, initial, ...options }: OpenScheduleDialogProps) {
  const titleId = useId();
  const fileId = useId();
  const urlId = useId();
  const [url, setUrl] = useState(initial && 'url' in initial ? initial.url : '');
  const { step, openFile, openUrl, answerZone } = useOpenSchedule(options);
  const started = useRef(false);
  useEffect(() => {
    // Once, even when development mode runs effects twice.
    if (!initial || started.current) return;
    started.current = true;
    void ('file' in initial ? openFile(initial.file) : openUrl(initial.url));
  }, [initial, openFile, openUrl]);

  return (
    <Dialog titleId={titleId} onClose={onClose} className={styles.dialog}>
      <h2 id={titleId}>Open a schedule</h2>
      <p className={styles.hint}>
        frab or pretalx XML, schedule JSON, iCalendar (.ics) or Sessionize JSON. You can also drop a
        file anywhere on the page.
      </p>
      <label htmlFor={fileId}>Schedule file</label>
      <input
        id={fileId}
        type="file"
        accept=".xml,.json,.ics"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void openFile(file);
          event.target.value = '';
        }}
      />
      <form
        className={styles.url}
        onSubmit={(event) => {
          event.preventDefault();
          void openUrl(url);
        }}
      >
        <label htmlFor={urlId}>Schedule URL</label>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          placeholder="https://pretalx.com/your-event/"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <Button type="submit" variant="outline">
          Load
        </Button>
      </form>
      {step.kind === 'reading' && <p role="status">Reading {step.what}…</p>}
      {step.kind === 'problem' && (
        <p role="alert" className={styles.problem}>
          {step.message} Nothing has changed: the conference shown and your plans are as they were.
        </p>
      )}
      {step.kind === 'needs-zone' && <ZoneQuestion message={step.message} onAnswer={answerZone} />}
      <Button variant="plain" onClick={onClose} className={styles.close}>
        Close
      </Button>
    </Dialog>
  );
}
