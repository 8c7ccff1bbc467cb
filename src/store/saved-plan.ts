import * as v from 'valibot';

/** The version of the saved plan written by this code; older saves are migrated on load. */
export const SAVED_PLAN_VERSION = 2;

const TIME_DISPLAYS = ['conference', 'local'] as const;
const REMINDER_MINUTES = [0, 5, 10, 15] as const;

/** Preferences as first chosen, before the person changes anything. */
export const DEFAULT_PREFERENCES = {
  timeDisplay: 'conference',
  tightThresholdMinutes: 10,
  reminderMinutes: 0,
} as const;

/** What is kept between visits: starred ids and preferences, nothing derived. */
export const SavedPlanSchema = v.object({
  starred: v.pipe(
    v.array(v.string()),
    v.transform((ids) => [...new Set(ids)]),
  ),
  // A preference that cannot be read falls back to its default rather than losing the picks.
  timeDisplay: v.fallback(v.picklist(TIME_DISPLAYS), DEFAULT_PREFERENCES.timeDisplay),
  tightThresholdMinutes: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120)),
    DEFAULT_PREFERENCES.tightThresholdMinutes,
  ),
  reminderMinutes: v.fallback(v.picklist(REMINDER_MINUTES), DEFAULT_PREFERENCES.reminderMinutes),
});

export type SavedPlan = v.InferOutput<typeof SavedPlanSchema>;

/** Version 1 saved `starred` unchecked, so it may hold duplicates or non-text entries, and may lack preferences. */
const SavedPlanV1Schema = v.object({
  starred: v.array(v.unknown()),
  timeDisplay: v.optional(v.unknown()),
  tightThresholdMinutes: v.optional(v.unknown()),
  reminderMinutes: v.optional(v.unknown()),
});

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
    const result = v.safeParse(SavedPlanSchema, state);
    return result.success ? { state: result.output, version } : null;
  }
  if (version === 1) {
    const migrated = migrateSavedPlan(state, version);
    return migrated ? { state: migrated, version } : null;
  }
  return null;
}

/**
 * Upgrades a plan saved by an older version to the current shape; null when it cannot.
 *
 * @example migrateSavedPlan({ starred: ['a', 'a', 3] }, 1) // { starred: ['a'], timeDisplay: 'conference', … }
 */
export function migrateSavedPlan(state: unknown, version: number): SavedPlan | null {
  if (version !== 1) return null;
  const v1 = v.safeParse(SavedPlanV1Schema, state);
  if (!v1.success) return null;
  const upgraded = v.safeParse(SavedPlanSchema, {
    ...v1.output,
    starred: v1.output.starred.filter((id): id is string => typeof id === 'string'),
  });
  return upgraded.success ? upgraded.output : null;
}
