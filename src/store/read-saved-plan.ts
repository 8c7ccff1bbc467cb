import {
  DEFAULT_PREFERENCES,
  MAX_SAVED_PICKS,
  REMINDER_MINUTES,
  SAVED_PLAN_VERSION,
  TIME_DISPLAYS,
  type ConferencePlan,
  type ConferencePlans,
  type SavedPlan,
} from './saved-plan';

// Reading saved text is needed only once the saved plan loads, after the first render.

/** Every conference's number of picks added up. */
const countPicks = (plans: ConferencePlans): number =>
  Object.values(plans).reduce((sum, plan) => sum + plan.starred.length, 0);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T>(choices: readonly T[], value: unknown): value is T =>
  choices.includes(value as T);

const textIds = (value: unknown): string[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((id: unknown): id is string => typeof id === 'string'))]
    : [];

const isThreshold = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 120;

/**
 * One conference's picks, or null when they cannot be trusted; repeated ids go, and a must-see
 * mark without its pick goes rather than the picks.
 *
 * @example parseConferencePlan({ starred: ['a', 'a'], mustSee: ['a', 'b'] }) // { starred: ['a'], mustSee: ['a'], watchLater: [] }
 */
export function parseConferencePlan(value: unknown): ConferencePlan | null {
  if (!isRecord(value)) return null;
  const { starred, mustSee, watchLater } = value;
  if (!Array.isArray(starred) || !starred.every((id) => typeof id === 'string')) return null;
  const picks = new Set(starred);
  return {
    starred: [...picks],
    mustSee: textIds(mustSee).filter((id) => picks.has(id)),
    watchLater: textIds(watchLater),
  };
}

type Preferences = Omit<SavedPlan, 'plans'>;

function parsePreferences(state: Record<string, unknown>): Preferences {
  const { timeDisplay, tightThresholdMinutes, reminderMinutes } = state;
  return {
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
 * The saved state in the current shape, or null when any conference's picks cannot be trusted. A
 * preference that cannot be read falls back to its default rather than losing the picks.
 * Written by hand rather than with a schema library: it is checked at start-up, on every phone.
 *
 * @example parseSavedPlan({ plans: { k: { starred: ['a', 'a'] } }, reminderMinutes: 7 }) // { plans: { k: { starred: ['a'], … } }, reminderMinutes: 0, … }
 */
export function parseSavedPlan(state: unknown): SavedPlan | null {
  if (!isRecord(state) || !isRecord(state.plans)) return null;
  const plans: [string, ConferencePlan][] = [];
  for (const [conferenceId, value] of Object.entries(state.plans)) {
    const plan = parseConferencePlan(value);
    if (!plan) return null;
    plans.push([conferenceId, plan]);
  }
  // `fromEntries` defines each id as the object's own property, "__proto__" included.
  return { plans: Object.fromEntries(plans), ...parsePreferences(state) };
}

/**
 * Upgrades a plan saved by an older version to the current shape, keeping every pick; null when
 * it cannot. Up to version 3 one list of picks served whatever conference was shown, so it becomes
 * the plan of the bundled conference. Version 2 had no must-see picks and no watch-later list.
 *
 * @example migrateSavedPlan({ starred: ['a', 'a', 3] }, 1, 'kubecon-na-2023') // { plans: { 'kubecon-na-2023': { starred: ['a'], mustSee: [], watchLater: [] } }, timeDisplay: 'conference', … }
 */
export function migrateSavedPlan(
  state: unknown,
  version: number,
  bundledConferenceId: string,
): SavedPlan | null {
  if (!isRecord(state) || version < 1 || version > 3) return null;
  // Version 1 saved `starred` unchecked, so it may hold duplicates or non-text entries.
  const starred =
    version === 1 && Array.isArray(state.starred)
      ? state.starred.filter((id: unknown): id is string => typeof id === 'string')
      : state.starred;
  const plan = parseConferencePlan(
    version === 3 ? { ...state, starred } : { starred, mustSee: [], watchLater: [] },
  );
  if (!plan) return null;
  return { plans: Object.fromEntries([[bundledConferenceId, plan]]), ...parsePreferences(state) };
}

/**
 * Reads a saved `{ state, version }` envelope into the current shape, or null when it
 * cannot be trusted (wrong shape, unknown version).
 *
 * @example readSavedPlan({ state: { starred: ['1Rj0z'] }, version: 1 }, 'kubecon-na-2023')?.state.plans['kubecon-na-2023']?.starred // ["1Rj0z"]
 */
export function readSavedPlan(
  envelope: unknown,
  bundledConferenceId: string,
): { state: SavedPlan; version: number } | null {
  if (!isRecord(envelope)) return null;
  const { state, version } = envelope;
  if (typeof version !== 'number') return null;
  const saved =
    version === SAVED_PLAN_VERSION
      ? parseSavedPlan(state)
      : migrateSavedPlan(state, version, bundledConferenceId);
  return saved ? { state: saved, version } : null;
}

/** What a saved plan's text turned out to be. */
export type SavedPlanReading =
  | {
      kind: 'plan';
      /** The plan in the current shape, each conference's picks capped at MAX_SAVED_PICKS. */
      saved: { state: SavedPlan; version: number };
      /** How many picks the text held before the cap, every conference's added up. */
      total: number;
      /** Whether some conference had more picks than are loaded. */
      capped: boolean;
    }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unreadable' };

function capPicks(plan: ConferencePlan): ConferencePlan {
  if (plan.starred.length <= MAX_SAVED_PICKS) return plan;
  const starred = plan.starred.slice(0, MAX_SAVED_PICKS);
  const kept = new Set(starred);
  return { ...plan, starred, mustSee: plan.mustSee.filter((id) => kept.has(id)) };
}

/**
 * Reads a saved plan's raw text, telling a plan from a newer version (to be left untouched) from
 * text that cannot be read at all; never throws. A plan from before conferences had plans of their
 * own is read as the plan of `bundledConferenceId`.
 *
 * @example readSavedPlanText('{"state":{"plans":{}},"version":999}', 'kubecon-na-2023') // { kind: 'newer-version', version: 999 }
 */
export function readSavedPlanText(raw: string, bundledConferenceId: string): SavedPlanReading {
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
  const saved = readSavedPlan(envelope, bundledConferenceId);
  if (!saved) return { kind: 'unreadable' };
  const plans = Object.entries(saved.state.plans);
  const capped = plans.some(([, plan]) => plan.starred.length > MAX_SAVED_PICKS);
  return {
    kind: 'plan',
    saved: {
      state: capped
        ? {
            ...saved.state,
            plans: Object.fromEntries(plans.map(([id, plan]) => [id, capPicks(plan)])),
          }
        : saved.state,
      version: saved.version,
    },
    total: countPicks(saved.state.plans),
    capped,
  };
}
