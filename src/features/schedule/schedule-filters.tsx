interface ScheduleFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  events: readonly string[];
  selectedEvents: readonly string[];
  onToggleEvent: (event: string) => void;
  starredOnly: boolean;
  onStarredOnlyChange: (starredOnly: boolean) => void;
}

/** The search box, the event checkboxes and the starred-only switch above the schedule. */
export function ScheduleFilters({
  query,
  onQueryChange,
  events,
  selectedEvents,
  onToggleEvent,
  starredOnly,
  onStarredOnlyChange,
}: ScheduleFiltersProps) {
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
          placeholder="Title, speaker, company or topic"
          autoComplete="off"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <fieldset className="filters__events">
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
