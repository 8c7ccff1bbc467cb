import { useState } from 'react';
import { Icon } from '@/components/icon';
import { Button } from '@/components/button';
import { downloadFile } from '@/lib/download-file';
import { CALENDAR_FILE_TYPE, talkFileName } from '@/domain/calendar/calendar-file-name';
import type { Conference, Talk } from '@/domain/schedule-schema';
import { usePlanStore } from '@/store/plan-store';
import styles from './add-to-calendar-button.module.css';

interface AddToCalendarButtonProps {
  talk: Talk;
  conference: Conference;
  /** The clock stamped into the file; tests pass a fixed one. */
  clock?: () => number;
}

/**
 * Downloads one talk as an .ics file, with the reminder chosen for exports. Its UID matches the
 * plan export's, so importing both never makes a duplicate.
 */
export function AddToCalendarButton({
  talk,
  conference,
  clock = Date.now,
}: AddToCalendarButtonProps) {
  const [failed, setFailed] = useState(false);
  const addToCalendar = async () => {
    try {
      // Fetched on first use so the calendar code stays out of the first load.
      const { buildTalkCalendar } = await import('@/domain/calendar/build-talk-calendar');
      const content = buildTalkCalendar({
        talk,
        conference,
        reminderMinutes: usePlanStore.getState().reminderMinutes,
        now: clock(),
      });
      downloadFile({ fileName: talkFileName(conference, talk), type: CALENDAR_FILE_TYPE, content });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <Button variant="outline" onClick={() => void addToCalendar()}>
        <Icon name="calendar" /> Add to calendar
      </Button>
      <span role="status" className={styles.status}>
        {failed ? 'Could not create the calendar file. Please try again.' : ''}
      </span>
    </>
  );
}
