import { memo, useMemo } from 'react';
import { VisuallyHidden } from '@/components/visually-hidden';
import { formatCount } from '@/domain/format-count';
import type { Talk } from '@/domain/schedule-schema';
import { matchSnippet, type MatchSnippet } from '@/domain/search/match-snippet';
import { formatTalkTime } from '@/domain/time/format-talk-time';
import { TalkCard } from './talk-card';
import { useGrowingCount } from './use-growing-count';
import type { TalkListProps } from './talk-list-props';
import styles from './search-results.module.css';

export interface DayMatches {
  date: string;
  label: string;
  talks: readonly Talk[];
}

interface SearchResultsProps extends TalkListProps {
  days: readonly DayMatches[];
  /** The search's folded words, to say where each talk matched. */
  words: readonly string[];
  /** The id a day's group takes, so the day tabs can lead to it. */
  groupId: (date: string) => string;
}

/**
 * Matches drawn in a search's first paint, about a screenful; the rest follow as many per frame,
 * so a one-letter search of a big schedule (1,500 matches) blocks no key for long.
 */
const MATCHES_PER_FRAME = 40;

/**
 * Every talk that matches a search, grouped by conference day, each saying where it matched.
 * Every day's heading and count show at once; its talks arrive over the next frames. Keyed by the
 * search, so a new search starts again from its first matches.
 */
export const SearchResults = memo(function SearchResults({
  days,
  words,
  eventOrder,
  shownZone,
  conferenceZone,
  onOpenTalk,
  groupId,
}: SearchResultsProps) {
  const total = days.reduce((count, day) => count + day.talks.length, 0);
  const drawn = useGrowingCount(total, MATCHES_PER_FRAME);
  const before = days.map((_, index) =>
    days.slice(0, index).reduce((count, day) => count + day.talks.length, 0),
  );
  return (
    <div className={styles.results}>
      {days.map((day, dayIndex) => (
        <div key={day.date} id={groupId(day.date)} className={styles.day}>
          <h2 className={styles.heading}>
            {day.label}
            <span className={styles.count}>
              <VisuallyHidden>:</VisuallyHidden> {formatCount(day.talks.length, 'match', 'matches')}
            </span>
          </h2>
          <ol className={styles.list}>
            {day.talks.slice(0, Math.max(0, drawn - (before[dayIndex] ?? 0))).map((talk) => (
              <li key={talk.id}>
                <SearchResult
                  talk={talk}
                  words={words}
                  eventIndex={eventOrder.indexOf(talk.column)}
                  timeRange={formatTalkTime(talk.start, talk.end, shownZone, conferenceZone)}
                  onOpen={onOpenTalk}
                />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
});

interface SearchResultProps {
  talk: Talk;
  words: readonly string[];
  eventIndex: number;
  timeRange: string;
  onOpen: (talkId: string) => void;
}

function SearchResult({ talk, words, eventIndex, timeRange, onOpen }: SearchResultProps) {
  const snippet = useMemo(() => matchSnippet(talk, words), [talk, words]);
  return (
    <TalkCard
      talk={talk}
      timeRange={timeRange}
      eventIndex={eventIndex}
      eventAlwaysSeen
      onOpen={onOpen}
    >
      {snippet && <MatchNote snippet={snippet} />}
    </TalkCard>
  );
}

/** "Matched in the abstract: …how Tetragon observes…", the word marked. */
function MatchNote({ snippet }: { snippet: MatchSnippet }) {
  const { text, start, end } = snippet;
  return (
    <p className={styles.snippet}>
      <span className={styles.where}>
        {snippet.where === 'abstract' ? 'Matched in the abstract:' : 'Matched the company:'}
      </span>{' '}
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </p>
  );
}
