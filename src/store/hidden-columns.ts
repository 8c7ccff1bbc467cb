import { useCallback, useState } from 'react';
import { useHydrated } from './use-hydrated';

/** Rooms (or events) and tracks a person chose not to see in one conference's grid. */
export interface HiddenColumns {
  columns: readonly string[];
  tracks: readonly string[];
}

const NOTHING_HIDDEN: HiddenColumns = { columns: [], tracks: [] };

/** One key per conference, so each remembers its own choice and none grows with the others. */
const storageKey = (conferenceId: string) => `kubecon-planner:hidden:${conferenceId}`;

/** A list of strings from saved data, or an empty list for anything else. */
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The saved choice; unreadable or missing data hides nothing. */
function readHidden(conferenceId: string): HiddenColumns {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(conferenceId)) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return NOTHING_HIDDEN;
    const { columns, tracks } = saved as Record<string, unknown>;
    return { columns: strings(columns), tracks: strings(tracks) };
  } catch {
    return NOTHING_HIDDEN;
  }
}

/** Saves the choice; storage that refuses keeps it for the visit. */
function writeHidden(conferenceId: string, hidden: HiddenColumns): void {
  try {
    localStorage.setItem(storageKey(conferenceId), JSON.stringify(hidden));
  } catch {
    // Nothing to lose: the grid shows what was chosen until the page closes.
  }
}

const toggled = (list: readonly string[], item: string): string[] =>
  list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];

/** The hidden rooms and tracks of one conference, remembered across visits. */
export function useHiddenColumns(conferenceId: string) {
  // Storage is read once the page is live (null until then), so the page drawn at build time hydrates.
  const readFor = useHydrated() ? conferenceId : null;
  const [state, setState] = useState<{ readFor: string | null; hidden: HiddenColumns }>({
    readFor: null,
    hidden: NOTHING_HIDDEN,
  });
  // Live at last, or another conference shown: read its own choice.
  const current =
    state.readFor === readFor
      ? state
      : { readFor, hidden: readFor === null ? NOTHING_HIDDEN : readHidden(readFor) };
  if (current !== state) setState(current);

  const update = useCallback(
    (change: (hidden: HiddenColumns) => HiddenColumns) =>
      setState((previous) => {
        if (previous.readFor === null) return previous;
        const hidden = change(previous.hidden);
        writeHidden(previous.readFor, hidden);
        return { readFor: previous.readFor, hidden };
      }),
    [],
  );
  return {
    hidden: current.hidden,
    toggleColumn: (column: string) =>
      update((hidden) => ({ ...hidden, columns: toggled(hidden.columns, column) })),
    toggleTrack: (track: string) =>
      update((hidden) => ({ ...hidden, tracks: toggled(hidden.tracks, track) })),
    showAll: () => update(() => NOTHING_HIDDEN),
  };
}
