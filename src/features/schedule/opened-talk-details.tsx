import { Button } from '@/components/button';
import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import { useShownSchedule } from '@/store/shown-schedule';
import { useShownZone } from '@/store/use-shown-zone';
import { TalkDetails } from './talk-details';
import styles from './schedule-view.module.css';

interface OpenedTalkDetailsProps {
  talkId: string;
  onClose: () => void;
}

/**
 * The details of the talk the address names, or a plain message when the schedule has no such
 * talk. Its code, the dialog's included, arrives when a talk is first opened.
 */
export function OpenedTalkDetails({ talkId, onClose }: OpenedTalkDetailsProps) {
  const { schedule, abstractStatus } = useShownSchedule();
  const { conference, talks } = schedule;
  const shownZone = useShownZone(conference.timeZone);
  const openedTalk = talks.find((talk) => talk.id === talkId);
  if (!openedTalk) {
    return (
      <div role="alert" className={styles.notice}>
        <p>
          The link names a talk (“{quoteExcerpt(talkId)}”) that is not in this schedule. It may have
          been removed or the link may be cut short.
        </p>
        <Button onClick={onClose}>Dismiss</Button>
      </div>
    );
  }
  return (
    <TalkDetails
      talk={openedTalk}
      conference={conference}
      conferenceZone={conference.timeZone}
      shownZone={shownZone}
      abstractStatus={abstractStatus}
      onClose={onClose}
    />
  );
}
