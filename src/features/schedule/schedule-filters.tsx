import { useId, useState } from 'react';
import { VisuallyHidden, visuallyHiddenOnPhones } from '@/components/visually-hidden';
import styles from './schedule-filters.module.css';

interface ScheduleFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** The box was focused: what searching needs can start loading. */
  onSearchFocus?: () => void;
  events: readonly string[];
  selectedEvents: readonly string[];
  onToggleEvent: (event: string) => void;
  starredOnly: boolean;
  onStarredOnlyChange: (starredOnly: boolean) => void;
  /** What the columns are: the checkboxes say "Rooms" for an imported schedule. */
  columnKind?: 'room' | 'event';
  tracks?: readonly string[];
  shownTracks?: readonly string[];
  onToggleTrack?: (track: string) => void;
}

/**
 * The search box, the event checkboxes and the starred-only switch above the schedule.
 * On phones the checkboxes fold behind a "Filters" button so the talks start higher up.
 */
export function ScheduleFilters({
  query,
  onQueryChange,
  onSearchFocus,
  events,
  selectedEvents,
  onToggleEvent,
  starredOnly,
  onStarredOnlyChange,
  columnKind = 'event',
  tracks = [],
  shownTracks = [],
  onToggleTrack,
}: ScheduleFiltersProps) {
  const [open, setOpen] = useState(false);
  const optionsId = useId();
  const searchId = useId();
  const active =
    events.length -
    selectedEvents.length +
    tracks.length -
    shownTracks.length +
    (starredOnly ? 1 : 0);
  return (
    <div className={styles.filters}>
      <div className={styles.search}>
        <label htmlFor={searchId} className={`${styles.label} ${visuallyHiddenOnPhones}`}>
          Search talks
        </label>
        <input
          id={searchId}
          type="search"
          className={styles.input}
          placeholder="Title, speaker, topic"
          autoComplete="off"
          value={query}
          onFocus={onSearchFocus}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={optionsId}
        onClick={() => setOpen(!open)}
      >
        Filters
        {active > 0 && (
          <span className={styles.count}>
            {active}
            <VisuallyHidden> on</VisuallyHidden>
          </span>
        )}
      </button>
      <fieldset id={optionsId} className={open ? `${styles.events} ${styles.open}` : styles.events}>
        <legend className={styles.label}>{columnKind === 'room' ? 'Rooms' : 'Events'}</legend>
        {events.map((event) => (
          <label key={event} className={styles.chip}>
            <input
              type="checkbox"
              checked={selectedEvents.includes(event)}
              onChange={() => onToggleEvent(event)}
            />
            <span>{event}</span>
          </label>
        ))}
        <label className={styles.chip}>
          <input
            type="checkbox"
            checked={starredOnly}
            onChange={(event) => onStarredOnlyChange(event.target.checked)}
          />
          <span>Starred only</span>
        </label>
        {tracks.length > 0 && onToggleTrack && (
          <fieldset className={styles.tracks}>
            <legend className={styles.label}>Tracks</legend>
            {tracks.map((track) => (
              <label key={track} className={styles.chip}>
                <input
                  type="checkbox"
                  checked={shownTracks.includes(track)}
                  onChange={() => onToggleTrack(track)}
                />
                <span>{track}</span>
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
    </div>
  );
}
