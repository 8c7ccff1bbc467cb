import { memo, useId, type CSSProperties, type MouseEvent } from 'react';
import type { Talk } from '../../domain/schedule-schema';
import { StarToggle } from '../../components/star-toggle';
import { useIsStarred, usePlanStore } from '../../store/plan-store';
import { writeFragment } from '../../domain/fragment/url-fragment';
import { trackPaletteIndex } from '../../domain/track/track-palette-index';
import { TalkClashFlag } from './talk-clash-flag';
import styles from './talk-card.module.css';

interface TalkCardProps {
  talk: Talk;
  timeRange: string;
  /** The talk's event's place in the conference's order, which picks the card's edge colour. */
  eventIndex?: number;
  /** Opens the talk's details; must be stable so that cards do not re-render together. */
  onOpen: (talkId: string) => void;
}

/** How many event colours the tokens define (--event-1 … --event-6 in styles.css). */
const EVENT_COLOURS = 6;

/** How many track colours the tokens define (--track-1 … --track-8 in styles.css). */
const TRACK_COLOURS = 8;

/**
 * The card's edge colour: its track's, hashed from the name, when the schedule names one (imported
 * schedules, where columns are rooms); otherwise the event's at `index` in the conference's order.
 */
const edgeColour = (track: string | null, index: number): CSSProperties =>
  ({
    '--event-color':
      track === null
        ? `var(--event-${(Math.max(index, 0) % EVENT_COLOURS) + 1})`
        : `var(--track-${trackPaletteIndex(track, TRACK_COLOURS) + 1})`,
  }) as CSSProperties;

/** One talk in the schedule: its title, time and speakers, with its star toggle. */
export const TalkCard = memo(function TalkCard({
  talk,
  timeRange,
  eventIndex = 0,
  onOpen,
}: TalkCardProps) {
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
      className={starred ? `${styles.card} ${styles.starred}` : styles.card}
      style={edgeColour(talk.track, eventIndex)}
      aria-labelledby={titleId}
    >
      <div className={styles.head}>
        <p className={styles.meta}>
          <span className={styles.time}>{timeRange}</span>
          <span className={styles.event}>{talk.column}</span>
          {talk.track !== null && <span className={styles.track}>{talk.track}</span>}
        </p>
        <StarToggle
          className={styles.star}
          pressed={starred}
          talkTitle={talk.title}
          onToggle={() => usePlanStore.getState().toggleStar(talk.id)}
        />
      </div>
      <h3 id={titleId} className={styles.title}>
        <a href={writeFragment({ talk: talk.id })} onClick={open}>
          {talk.title}
        </a>
      </h3>
      {talk.speakers.length > 0 && (
        <p className={styles.speakers}>{talk.speakers.map((s) => s.name).join(', ')}</p>
      )}
      {starred && <TalkClashFlag talkId={talk.id} />}
    </article>
  );
});
