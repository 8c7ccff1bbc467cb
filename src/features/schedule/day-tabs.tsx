import { useRef, type KeyboardEvent } from 'react';

export interface DayTab {
  date: string;
  label: string;
}

interface DayTabsProps {
  days: readonly DayTab[];
  selected: string;
  onSelect: (date: string) => void;
  /** Id of the panel the tabs control. */
  panelId: string;
}

export const dayTabId = (date: string) => `day-tab-${date}`;

/** The conference days as tabs; arrow keys, Home and End move between them. */
export function DayTabs({ days, selected, onSelect, panelId }: DayTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = days.findIndex((day) => day.date === selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: days.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const day = days[(target + days.length) % days.length];
    if (!day) return;
    onSelect(day.date);
    listRef.current?.querySelector<HTMLElement>(`#${dayTabId(day.date)}`)?.focus();
  };
  return (
    <div ref={listRef} role="tablist" aria-label="Conference day" className="day-tabs">
      {days.map((day) => (
        <button
          key={day.date}
          type="button"
          role="tab"
          id={dayTabId(day.date)}
          aria-selected={day.date === selected}
          aria-controls={panelId}
          tabIndex={day.date === selected ? 0 : -1}
          className="day-tabs__tab"
          onClick={() => onSelect(day.date)}
          onKeyDown={onKeyDown}
        >
          {day.label}
        </button>
      ))}
    </div>
  );
}
