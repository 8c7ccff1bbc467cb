import { useId, useState, type ReactNode } from 'react';
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
      <ChipGroup
        id={optionsId}
        className={open ? `${styles.events} ${styles.open}` : styles.events}
        legend={columnKind === 'room' ? 'Rooms' : 'Events'}
        options={events}
        checkedOptions={selectedEvents}
        onToggle={onToggleEvent}
      >
        <FilterChip label="Starred only" checked={starredOnly} onChange={onStarredOnlyChange} />
        {tracks.length > 0 && onToggleTrack && (
          <ChipGroup
            className={styles.tracks}
            legend="Tracks"
            options={tracks}
            checkedOptions={shownTracks}
            onToggle={onToggleTrack}
          />
        )}
      </ChipGroup>
    </div>
  );
}

interface FilterChipProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One checkbox of the filters, drawn as a chip. */
function FilterChip({ label, checked, onChange }: FilterChipProps) {
  return (
    <label className={styles.chip}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

interface ChipGroupProps {
  id?: string;
  className: string | undefined;
  legend: string;
  options: readonly string[];
  checkedOptions: readonly string[];
  onToggle: (option: string) => void;
  /** Further filters in the same group, after its own options. */
  children?: ReactNode;
}

/** A named group of filter chips, one per option (the events or rooms, the tracks). */
function ChipGroup({
  id,
  className,
  legend,
  options,
  checkedOptions,
  onToggle,
  children,
}: ChipGroupProps) {
  return (
    <fieldset id={id} className={className}>
      <legend className={styles.label}>{legend}</legend>
      {options.map((option) => (
        <FilterChip
          key={option}
          label={option}
          checked={checkedOptions.includes(option)}
          onChange={() => onToggle(option)}
        />
      ))}
      {children}
    </fieldset>
  );
}
