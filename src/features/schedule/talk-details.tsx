import { useId } from 'react';
import { Dialog } from '../../components/dialog';
import { StarToggle } from '../../components/star-toggle';
import type { Conference, Talk } from '../../domain/schedule-schema';
import { dayLongLabel, dayOf } from '../../domain/time/conference-day';
import { formatTalkTime } from '../../domain/time/format-talk-time';
import { zoneLabel } from '../../domain/time/format-time';
import { useIsStarred, usePlanStore } from '../../store/plan-store';
import { AbstractText, type AbstractStatus } from './abstract-text';
import { AddToCalendarButton } from './add-to-calendar-button';

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
  const toggleStar = usePlanStore((state) => state.toggleStar);
  const startMs = Date.parse(talk.start);
  return (
    <Dialog titleId={titleId} onClose={onClose} className="talk-details">
      <header className="talk-details__header">
        <p className="talk-details__event">{talk.event}</p>
        <h2 id={titleId} className="talk-details__title">
          {talk.title}
        </h2>
        <button type="button" className="icon-button talk-details__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">Close</span>
        </button>
      </header>
      <p className="talk-details__when">
        {dayLongLabel(dayOf(talk.start, conferenceZone), conferenceZone)},{' '}
        {formatTalkTime(talk.start, talk.end, shownZone, conferenceZone)}{' '}
        <span className="talk-details__zone">{zoneLabel(startMs, shownZone)}</span>
      </p>
      <div className="talk-details__actions">
        <StarToggle
          className="talk-details__star"
          pressed={starred}
          talkTitle={talk.title}
          onToggle={() => toggleStar(talk.id)}
        />
        <span aria-hidden="true" className="talk-details__star-label">
          {starred ? 'In my plan' : 'Add to my plan'}
        </span>
        <a className="talk-details__link" href={talk.url} target="_blank" rel="noreferrer">
          Talk page on sched.com<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <AddToCalendarButton talk={talk} conference={conference} />
      </div>
      {talk.speakers.length > 0 && (
        <section aria-label="Speakers" className="talk-details__speakers">
          <ul>
            {talk.speakers.map((speaker) => (
              <li key={speaker.name}>
                <span className="talk-details__speaker">{speaker.name}</span>
                {speaker.affiliation && (
                  <span className="talk-details__company">{speaker.affiliation}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Abstract" className="talk-details__abstract">
        <AbstractText abstract={talk.abstract} status={abstractStatus} />
      </section>
    </Dialog>
  );
}
