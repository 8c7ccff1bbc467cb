import { SeenEmoji } from '@/components/seen-emoji';
import { useId } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icon';
import { StarToggle } from '@/components/star-toggle';
import { VisuallyHidden } from '@/components/visually-hidden';
import type { Conference, Talk } from '@/domain/schedule-schema';
import { dayLongLabel, dayOf } from '@/domain/time/conference-day';
import { formatTalkTime } from '@/domain/time/format-talk-time';
import { zoneLabel } from '@/domain/time/format-time';
import { useIsStarred, useShownPlanActions } from '@/store/plan-selectors';
import type { AbstractStatus } from '@/store/shown-schedule';
import { AbstractText } from './abstract-text';
import { AddToCalendarButton } from './add-to-calendar-button';
import styles from './talk-details.module.css';
import { siteName } from '@/domain/text/site-name';

interface TalkDetailsProps {
  talk: Talk;
  /** The talk's conference, which names and places the event of "Add to calendar". */
  conference: Conference;
  conferenceZone: string;
  shownZone: string;
  /** The abstract shows once the abstracts have arrived; until then it says so. */
  abstractStatus?: AbstractStatus;
  onClose: () => void;
}

/** Everything about one talk, in a dialog: when, where, who, what, and a link to its page. */
export function TalkDetails({
  talk,
  conference,
  conferenceZone,
  shownZone,
  abstractStatus,
  onClose,
}: TalkDetailsProps) {
  const titleId = useId();
  const starred = useIsStarred(talk.id);
  const site = talk.url ? siteName(talk.url) : null;
  const { toggleStar } = useShownPlanActions();
  const startMs = Date.parse(talk.start);
  return (
    <Dialog titleId={titleId} onClose={onClose} className={styles.details}>
      {/* A plain box: a <header> here would be a second banner landmark. */}
      <div className={styles.header}>
        <p className={styles.event}>{talk.column}</p>
        <h2 id={titleId} className={styles.title}>
          <SeenEmoji text={talk.title} />
        </h2>
        <Button variant="icon" className={styles.close} onClick={onClose}>
          <Icon name="close" />
          <VisuallyHidden>Close</VisuallyHidden>
        </Button>
      </div>
      <p className={styles.when}>
        {dayLongLabel(dayOf(talk.start, conferenceZone), conferenceZone)},{' '}
        {formatTalkTime(talk.start, talk.end, shownZone, conferenceZone)}{' '}
        <span className={styles.zone}>{zoneLabel(startMs, shownZone)}</span>
      </p>
      <div className={styles.actions}>
        <StarToggle labelled pressed={starred} onToggle={() => toggleStar(talk.id)} />
        {talk.url && (
          <a href={talk.url} target="_blank" rel="noreferrer">
            {site ? `Talk page on ${site}` : 'Talk page'}
            <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
          </a>
        )}
        <AddToCalendarButton talk={talk} conference={conference} />
      </div>
      {talk.speakers.length > 0 && (
        <section aria-label="Speakers" className={styles.speakers}>
          <ul>
            {talk.speakers.map((speaker) => (
              <li key={speaker.name}>
                <span className={styles.speaker}>{speaker.name}</span>
                {speaker.affiliation && (
                  <span className={styles.company}>
                    {/* Heard as "name, company", though seen on two lines. */}
                    <VisuallyHidden>, </VisuallyHidden>
                    {speaker.affiliation}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Abstract" className={styles.abstract}>
        <AbstractText
          abstract={talk.abstract}
          status={abstractStatus}
          linkBase={talk.url ?? conference.source.url}
        />
      </section>
    </Dialog>
  );
}
