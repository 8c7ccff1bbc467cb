import { memo, useId, useRef, type CSSProperties, type ReactNode } from 'react';
import type { Talk } from '@/domain/schedule-schema';
import { MustSeeCheckbox } from '@/components/must-see-checkbox';
import { StarToggle } from '@/components/star-toggle';
import { talkCardSurface } from '@/components/talk-card-surface';
import { TalkTitle } from '@/components/talk-title';
import { VisuallyHidden, visuallyHiddenAbovePhones } from '@/components/visually-hidden';
import { useIsMustSee, useIsStarred, useShownPlanActions } from '@/store/plan-selectors';
import { useHydrated } from '@/store/use-hydrated';
import { writeFragment } from '@/domain/fragment/url-fragment';
import { removeKeepingFocus } from '@/lib/remove-keeping-focus';
import { trackPaletteIndex } from '@/domain/track/track-palette-index';
import { formatDuration } from '@/domain/time/format-duration';
import { TalkClashFlag } from './talk-clash-flag';
import styles from './talk-card.module.css';

interface TalkCardProps {
  talk: Talk;
  timeRange: string;
  /** The talk's event's place in the conference's order, which picks the card's edge colour. */
  eventIndex?: number;
  /** Whether to show the event's name: not when the day has only one event. */
  showEvent?: boolean;
  /** In a list with no event columns (search results), the event shows on laptops too. */
  eventAlwaysSeen?: boolean;
  /** Opens the talk's details; must be stable so that cards do not re-render together. */
  onOpen: (talkId: string) => void;
  /** Said last, such as where a search matched. */
  children?: ReactNode;
}

/** How many event colours the tokens define (--event-1 … --event-6 in styles.css). */
const EVENT_COLOURS = 6;

/** How many track colours the tokens define (--track-1 … --track-8 in styles.css). */
const TRACK_COLOURS = 8;

/** From this length a card's content is much shorter than its block, which it fills with a band. */
const LONG_TALK_MINUTES = 60;

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

/**
 * One talk in the schedule. Read in the order a listener needs (title, time, event, star, speakers,
 * clash); the grid places the time above the title and the star beside it, as the eye expects.
 */
export const TalkCard = memo(function TalkCard({
  talk,
  timeRange,
  eventIndex = 0,
  showEvent = true,
  eventAlwaysSeen = false,
  onOpen,
  children,
}: TalkCardProps) {
  const titleId = useId();
  const flagsId = useId();
  const articleRef = useRef<HTMLElement>(null);
  // An unstarred card subscribes to nothing else, so a star wakes one selector per card.
  const starred = useIsStarred(talk.id);
  const { toggleStar } = useShownPlanActions();
  // The page drawn at build time has no plan to change yet.
  const hydrated = useHydrated();
  const minutes = (Date.parse(talk.end) - Date.parse(talk.start)) / 60_000;
  const classes = [
    talkCardSurface,
    styles.card,
    starred && styles.starred,
    minutes >= LONG_TALK_MINUTES && styles.long,
  ].filter(Boolean);
  return (
    <article
      ref={articleRef}
      className={classes.join(' ')}
      style={edgeColour(talk.track, eventIndex)}
      aria-labelledby={titleId}
    >
      <TalkTitle
        as="h3"
        id={titleId}
        className={styles.title}
        href={writeFragment({ talk: talk.id })}
        title={talk.title}
        onOpen={() => onOpen(talk.id)}
      />
      <p className={styles.meta}>
        <span className={styles.time}>{timeRange}</span>
        {/* The length in words, since blocks keep readable minimums and long ones are compressed. */}
        <span className={styles.duration}>
          <VisuallyHidden>, </VisuallyHidden>
          {formatDuration(minutes)}
        </span>
        {/* Laptops show the event as a column heading, so there it is for screen readers only. */}
        {showEvent ? (
          <span
            className={
              eventAlwaysSeen ? styles.event : `${styles.event} ${visuallyHiddenAbovePhones}`
            }
          >
            <VisuallyHidden>, </VisuallyHidden>
            {talk.column}
          </span>
        ) : (
          <VisuallyHidden>, {talk.column}</VisuallyHidden>
        )}
        {talk.track !== null && (
          <span className={styles.track}>
            <VisuallyHidden>, </VisuallyHidden>
            {talk.track}
          </span>
        )}
      </p>
      <StarToggle
        className={styles.star}
        talkId={talk.id}
        pressed={starred}
        describedBy={starred ? flagsId : undefined}
        disabled={!hydrated}
        onToggle={() => {
          const toggle = () => toggleStar(talk.id);
          // Unstarring may take the card away ("Starred only"); starring never does.
          if (starred) removeKeepingFocus(toggle, articleRef.current);
          else toggle();
        }}
      />
      {talk.speakers.length > 0 && (
        <p className={styles.speakers}>{talk.speakers.map((s) => s.name).join(', ')}</p>
      )}
      {starred && <StarredTalkMustSee talkId={talk.id} />}
      {starred && (
        <div id={flagsId} className={styles.flags}>
          <TalkClashFlag talkId={talk.id} />
        </div>
      )}
      {children}
    </article>
  );
});

/** A starred card's "Must see" checkbox; only starred cards subscribe to the mark. */
function StarredTalkMustSee({ talkId }: { talkId: string }) {
  const mustSee = useIsMustSee(talkId);
  const { toggleMustSee } = useShownPlanActions();
  return (
    <MustSeeCheckbox
      className={styles.mustSee}
      checked={mustSee}
      onToggle={() => toggleMustSee(talkId)}
    />
  );
}
