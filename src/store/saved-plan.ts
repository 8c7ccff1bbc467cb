/** The version of the saved plan written by this code; older saves are migrated on load. */
export const SAVED_PLAN_VERSION = 3;

/**
 * Most picks loaded from a saved plan: as many as the largest schedule measured has talks (2,000).
 * More makes My plan take seconds per change; the whole list stays in a backup.
 */
export const MAX_SAVED_PICKS = 2000;

const TIME_DISPLAYS = ['conference', 'local'] as const;
const REMINDER_MINUTES = [0, 5, 10, 15] as const;

/** Whether times show in the conference's zone or the visitor's own. */
export type TimeDisplay = (typeof TIME_DISPLAYS)[number];

/** Minutes before a talk for the calendar reminder; 0 means none. */
export type ReminderMinutes = (typeof REMINDER_MINUTES)[number];

/** Preferences as first chosen, before the person changes anything. */
export const DEFAULT_PREFERENCES = {
  timeDisplay: 'conference',
  tightThresholdMinutes: 10,
  reminderMinutes: 0,
} as const;

/** What is kept between visits: starred ids and preferences, nothing derived. */
export interface SavedPlan {
  starred: string[];
  /** Picks the person will not give up; each is also in `starred`. */
  mustSee: string[];
  /** Recorded talks dropped to resolve a clash, to be watched later. */
  watchLater: string[];
  timeDisplay: TimeDisplay;
  tightThresholdMinutes: number;
  reminderMinutes: ReminderMinutes;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const oneOf = <T>(choices: readonly T[], value: unknown): value is T =>
  choices.includes(value as T);

const textIds = (value: unknown): string[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((id: unknown): id is string => typeof id === 'string'))]
    : [];

const isThreshold = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 120;

/**
 * The saved state in the current shape, or null when its picks cannot be trusted. A preference
 * that cannot be read falls back to its default rather than losing the picks; repeated ids go.
 * Written by hand rather than with a schema library: it is checked at start-up, on every phone.
 *
 * @example parseSavedPlan({ starred: ['a', 'a'], reminderMinutes: 7 }) // { starred: ['a'], reminderMinutes: 0, … }
 */
export function parseSavedPlan(state: unknown): SavedPlan | null {
  if (!isRecord(state)) return null;
  const { starred, mustSee, watchLater, timeDisplay, tightThresholdMinutes, reminderMinutes } =
    state;
  if (!Array.isArray(starred) || !starred.every((id) => typeof id === 'string')) return null;
  const picks = new Set(starred);
  return {
    starred: [...picks],
    // A must-see mark without its pick means nothing, so it goes rather than the picks.
    mustSee: textIds(mustSee).filter((id) => picks.has(id)),
    watchLater: textIds(watchLater),
    timeDisplay: oneOf(TIME_DISPLAYS, timeDisplay) ? timeDisplay : DEFAULT_PREFERENCES.timeDisplay,
    tightThresholdMinutes: isThreshold(tightThresholdMinutes)
      ? tightThresholdMinutes
      : DEFAULT_PREFERENCES.tightThresholdMinutes,
    reminderMinutes: oneOf(REMINDER_MINUTES, reminderMinutes)
      ? reminderMinutes
      : DEFAULT_PREFERENCES.reminderMinutes,
  };
}

/**
 * Reads a saved `{ state, version }` envelope into the current shape, or null when it
 * cannot be trusted (wrong shape, unknown version).
 *
 * @example readSavedPlan({ state: { starred: ['1Rj0z'] }, version: 1 })?.state.starred // ["1Rj0z"]
 */
export function readSavedPlan(envelope: unknown): { state: SavedPlan; version: number } | null {
  if (typeof envelope !== 'object' || envelope === null) return null;
  const { state, version } = envelope as { state?: unknown; version?: unknown };
  if (version === SAVED_PLAN_VERSION) {
    const saved = parseSavedPlan(state);
    return saved ? { state: saved, version } : null;
  }
  if (version === 1 || version === 2) {
    const migrated = migrateSavedPlan(state, version);
    return migrated ? { state: migrated, version } : null;
  }
  return null;
}

/**
 * Upgrades a plan saved by an older version to the current shape, keeping every pick; null when
 * it cannot. Version 2 had no must-see picks and no watch-later list, so both start empty.
 *
 * @example migrateSavedPlan({ starred: ['a', 'a', 3] }, 1) // { starred: ['a'], mustSee: [], timeDisplay: 'conference', … }
 */
export function migrateSavedPlan(state: unknown, version: number): SavedPlan | null {
  if (version === 2) {
    const saved = parseSavedPlan(state);
    return saved && { ...saved, mustSee: [], watchLater: [] };
  }
  // Version 1 saved `starred` unchecked, so it may hold duplicates or non-text entries.
  if (version !== 1 || !isRecord(state) || !Array.isArray(state.starred)) return null;
  return parseSavedPlan({
    mustSee: [],
    watchLater: [],
    ...state,
    starred: state.starred.filter((id: unknown): id is string => typeof id === 'string'),
  });
}

/** What a saved plan's text turned out to be. */
export type SavedPlanReading =
  | {
      kind: 'plan';
      /** The plan in the current shape, its picks capped at MAX_SAVED_PICKS. */
      saved: { state: SavedPlan; version: number };
      /** How many picks the text held before the cap. */
      total: number;
    }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unreadable' };

/**
 * Reads a saved plan's raw text, telling a plan from a newer version (to be left untouched) from
 * text that cannot be read at all; never throws.
 *
 * @example readSavedPlanText('{"state":{"starred":["1Rj0z"]},"version":999}') // { kind: 'newer-version', version: 999 }
 */
export function readSavedPlanText(raw: string): SavedPlanReading {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  const version = isRecord(envelope) ? envelope.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVED_PLAN_VERSION) {
    return { kind: 'newer-version', version };
  }
  const saved = readSavedPlan(envelope);
  if (!saved) return { kind: 'unreadable' };
  const total = saved.state.starred.length;
  const starred =
    total > MAX_SAVED_PICKS ? saved.state.starred.slice(0, MAX_SAVED_PICKS) : saved.state.starred;
  return {
    kind: 'plan',
    saved: {
      state: {
        ...saved.state,
        starred,
        mustSee: saved.state.mustSee.filter((id) => starred.includes(id)),
      },
      version: saved.version,
    },
    total,
  };
}
