import { useId, useState } from 'react';

interface ScheduleFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  events: readonly string[];
  selectedEvents: readonly string[];
  onToggleEvent: (event: string) => void;
  starredOnly: boolean;
  onStarredOnlyChange: (starredOnly: boolean) => void;
}

/**
 * The search box, the event checkboxes and the starred-only switch above the schedule.
 * On phones the checkboxes fold behind a "Filters" button so the talks start higher up.
 */
export function ScheduleFilters({
  query,
  onQueryChange,
  events,
  selectedEvents,
  onToggleEvent,
  starredOnly,
  onStarredOnlyChange,
}: ScheduleFiltersProps) {
  const [open, setOpen] = useState(false);
  const optionsId = useId();
  const active = events.length - selectedEvents.length + (starredOnly ? 1 : 0);
  return (
    <div className="filters">
      <div className="filters__search">
        <label htmlFor="talk-search" className="filters__label">
          Search talks
        </label>
        <input
          id="talk-search"
          type="search"
          className="filters__input"
          placeholder="Title, speaker, topic"
          autoComplete="off"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="filters__toggle"
        aria-expanded={open}
        aria-controls={optionsId}
        onClick={() => setOpen(!open)}
      >
        Filters
        {active > 0 && (
          <span className="filters__count">
            {active}
            <span className="visually-hidden"> on</span>
          </span>
        )}
      </button>
      <fieldset id={optionsId} className={open ? 'filters__events is-open' : 'filters__events'}>
        <legend className="filters__label">Events</legend>
        {events.map((event) => (
          <label key={event} className="chip">
            <input
              type="checkbox"
              checked={selectedEvents.includes(event)}
              onChange={() => onToggleEvent(event)}
            />
            <span>{event}</span>
          </label>
        ))}
        <label className="chip chip--starred">
          <input
            type="checkbox"
            checked={starredOnly}
            onChange={(event) => onStarredOnlyChange(event.target.checked)}
          />
          <span>Starred only</span>
        </label>
      </fieldset>
    </div>
  );
}
