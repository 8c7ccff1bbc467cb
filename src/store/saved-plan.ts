/** The version of the saved plan written by this code; older saves are migrated on load. */
export const SAVED_PLAN_VERSION = 4;

/**
 * Most picks loaded from one conference's saved plan: as many as the largest schedule measured has
 * talks (2,000). More makes My plan take seconds per change; the whole list stays in a backup.
 */
export const MAX_SAVED_PICKS = 2000;

/** The ways times can show. */
export const TIME_DISPLAYS = ['conference', 'local'] as const;
/** The reminders a calendar export can carry. */
export const REMINDER_MINUTES = [0, 5, 10, 15] as const;

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

/** One conference's picks. */
export interface ConferencePlan {
  /** Ids of starred talks, in the order they were starred; ids no longer in the schedule stay. */
  starred: string[];
  /** Picks the person will not give up; each is also in `starred`. */
  mustSee: string[];
  /** Recorded talks dropped to resolve a clash, to be watched later. */
  watchLater: string[];
}

/** Each conference's picks, by conference id. */
export type ConferencePlans = Readonly<Record<string, ConferencePlan>>;

/**
 * What is kept between visits: each conference's picks by conference id, and the preferences,
 * which are the person's own habits (how times show, how long a change of room takes, the
 * calendar reminder) and so hold for every conference. Nothing derived.
 */
export interface SavedPlan {
  plans: ConferencePlans;
  timeDisplay: TimeDisplay;
  tightThresholdMinutes: number;
  reminderMinutes: ReminderMinutes;
}

/** The plan of a conference with no picks yet; one value, so selectors keep returning the same arrays. */
export const EMPTY_PLAN: ConferencePlan = Object.freeze({
  starred: [],
  mustSee: [],
  watchLater: [],
}) as unknown as ConferencePlan;

/**
 * The plan of one conference, empty when it has none; never a property inherited by every object.
 *
 * @example planOf({ 'fosdem-2026': plan }, 'fosdem-2026') === plan // true
 */
export const planOf = (plans: ConferencePlans, conferenceId: string): ConferencePlan =>
  Object.hasOwn(plans, conferenceId) ? (plans[conferenceId] ?? EMPTY_PLAN) : EMPTY_PLAN;
