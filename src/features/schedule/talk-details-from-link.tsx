import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { Button } from '@/components/button';
import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import { useShownSchedule } from '@/store/shown-schedule';
import { useShownZone } from '@/store/use-shown-zone';
import { useTalkHash } from './use-talk-hash';
import styles from './schedule-view.module.css';

// Its code arrives when a talk is first opened, so it stays out of the first load.
const TalkDetails = lazyComponent(() => import('./talk-details').then((m) => m.TalkDetails));

/**
 * The details of the talk the address names (`#talk=…`), over whichever view is shown, or a
 * plain message when the schedule has no such talk.
 */
export function TalkDetailsFromLink() {
  const { schedule, abstractStatus } = useShownSchedule();
  const { conference, talks } = schedule;
  const shownZone = useShownZone(conference.timeZone);
  const { openTalkId, closeTalk } = useTalkHash();
  if (openTalkId === null) return null;
  const openedTalk = talks.find((talk) => talk.id === openTalkId);
  if (!openedTalk) {
    return (
      <div role="alert" className={styles.notice}>
        <p>
          The link names a talk (“{quoteExcerpt(openTalkId)}”) that is not in this schedule. It may
          have been removed or the link may be cut short.
        </p>
        <Button onClick={closeTalk}>Dismiss</Button>
      </div>
    );
  }
  return (
    <Suspense fallback={null}>
      <TalkDetails
        talk={openedTalk}
        conference={conference}
        conferenceZone={conference.timeZone}
        shownZone={shownZone}
        abstractStatus={abstractStatus}
        onClose={closeTalk}
      />
    </Suspense>
  );
}
