import { memo, useId, type MouseEvent } from 'react';
import type { Talk } from '../../domain/schedule-schema';
import { StarToggle } from '../../components/star-toggle';
import { useIsStarred, usePlanStore } from '../../store/plan-store';
import { hashForTalk } from './talk-hash';
import { TalkClashFlag } from './talk-clash-flag';

interface TalkCardProps {
  talk: Talk;
  timeRange: string;
  /** Opens the talk's details; must be stable so that cards do not re-render together. */
  onOpen: (talkId: string) => void;
}

/** A class-name-safe form of an event name, used to colour the card's edge by event. */
const eventSlug = (event: string) => event.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** One talk in the schedule: its title, time and speakers, with its star toggle. */
export const TalkCard = memo(function TalkCard({ talk, timeRange, onOpen }: TalkCardProps) {
  const titleId = useId();
  // An unstarred card subscribes to nothing else, so a star wakes one selector per card.
  const starred = useIsStarred(talk.id);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle "open in new tab" and similar.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(talk.id);
  };
  return (
    <article
      className={`talk-card talk-card--${eventSlug(talk.column)}${starred ? ' talk-card--starred' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="talk-card__head">
        <p className="talk-card__meta">
          <span className="talk-card__time">{timeRange}</span>
          <span className="talk-card__event">{talk.column}</span>
        </p>
        <StarToggle
          className="talk-card__star"
          pressed={starred}
          talkTitle={talk.title}
          onToggle={() => usePlanStore.getState().toggleStar(talk.id)}
        />
      </div>
      <h3 id={titleId} className="talk-card__title">
        <a href={hashForTalk(talk.id)} onClick={open}>
          {talk.title}
        </a>
      </h3>
      {talk.speakers.length > 0 && (
        <p className="talk-card__speakers">{talk.speakers.map((s) => s.name).join(', ')}</p>
      )}
      {starred && <TalkClashFlag talkId={talk.id} />}
    </article>
  );
});
