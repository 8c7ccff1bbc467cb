import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { GuardedStorage } from './guarded-storage';
import {
  DEFAULT_PREFERENCES,
  EMPTY_PLAN,
  SAVED_PLAN_VERSION,
  planOf,
  type ConferencePlan,
  type ConferencePlans,
  type ReminderMinutes,
  type SavedPlan,
  type TimeDisplay,
} from './saved-plan';
import { createStorageHealth, type StorageHealth } from './storage-health';
import { createPlanDeriver, loadClashDetection } from './derive-plan';
import { createRecentChanges } from './recent-changes';

export type { ConferencePlan, ReminderMinutes, TimeDisplay } from './saved-plan';
export { EMPTY_PLAN, planOf } from './saved-plan';

/** The last removal from the plan, kept for a few seconds so it can be undone. */
export type Removal =
  | { id: number; kind: 'unstar'; talkId: string; index: number; mustSee: boolean }
  | { id: number; kind: 'clear'; ids: string[]; mustSee: string[] }
  | ClashResolutionRemoval;

/** Picks dropped by "Resolve clashes", with the plan as it was before, so Undo restores it exactly. */
export interface ClashResolutionRemoval {
  id: number;
  kind: 'resolve';
  dropped: string[];
  starred: string[];
  mustSee: string[];
  watchLater: string[];
}

/** The picks of every conference, by conference id, and the preferences that hold for all of them. */
export interface PlanState {
  /** Each conference's picks; a conference with none has no entry. */
  plans: ConferencePlans;
  timeDisplay: TimeDisplay;
  /** Consecutive picks at different events closer than this many minutes are flagged as tight. */
  tightThresholdMinutes: number;
  reminderMinutes: ReminderMinutes;
  /** Each conference's last removal from its plan, for Undo; kept for this visit only. */
  lastRemovals: Readonly<Record<string, Removal>>;
  toggleStar: (conferenceId: string, talkId: string) => void;
  /** Adds talks not yet in the conference's plan, keeping the order given. */
  starAll: (
    conferenceId: string,
    talkIds: readonly string[],
    mustSeeIds?: readonly string[],
  ) => void;
  /** Marks a starred talk as must see, or unmarks it; does nothing for a talk not starred. */
  toggleMustSee: (conferenceId: string, talkId: string) => void;
  /** Drops the given picks to resolve clashes, setting the recorded ones aside to watch later. */
  applyClashResolution: (
    conferenceId: string,
    droppedIds: readonly string[],
    watchLaterIds: readonly string[],
  ) => void;
  clearPlan: (conferenceId: string) => void;
  undoRemoval: (conferenceId: string) => void;
  dismissRemoval: (conferenceId: string) => void;
  /** Takes a removed conference's plan out of storage and returns it, so Undo can put it back. */
  forgetConference: (conferenceId: string) => ConferencePlan;
  /** Puts a conference's plan back as it was, with any picks made for it since. */
  restoreConference: (conferenceId: string, plan: ConferencePlan) => void;
  /** Moves a conference's plan to the id a newer version of it goes by. */
  renameConference: (fromId: string, toId: string) => void;
  setTimeDisplay: (timeDisplay: TimeDisplay) => void;
  setTightThresholdMinutes: (minutes: number) => void;
  setReminderMinutes: (minutes: ReminderMinutes) => void;
  /** Sets a plan saved by a newer version aside, so that this page may save picks again. */
  startAfresh: () => void;
  /** Puts a backup back as the saved plan (setting the current one aside) and loads it. */
  restoreBackup: (backupKey: string) => void;
  /** Hides a backup's notice for good; the backup stays in storage. */
  dismissBackup: (backupKey: string) => void;
}

/** The key the plan is saved under in the browser's storage. */
export const PLAN_STORAGE_KEY = 'kubecon-planner:plan';

/** The code that reads and guards the saved plan. */
export type PlanPersistence = typeof import('./plan-persistence');

// The app's store fetches it with the saved plan, so none of it is start-up JavaScript.
const loadPlanPersistence = (): Promise<PlanPersistence> => import('./plan-persistence');

interface PlanStoreOptions {
  getStorage: () => Storage;
  now: () => number;
  health: StoreApi<StorageHealth>;
  /** Given at once (tests), the saved plan loads at once too; otherwise it is fetched first. */
  persistence?: PlanPersistence;
}

/** The must-see marks with `added` joined, kept only for talks in `starred`. */
const withMustSee = (
  mustSee: readonly string[],
  added: readonly string[],
  starred: readonly string[],
): string[] => {
  const picks = new Set(starred);
  return [...new Set([...mustSee, ...added])].filter((id) => picks.has(id));
};

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

const isEmpty = (plan: ConferencePlan) =>
  plan.starred.length === 0 && plan.mustSee.length === 0 && plan.watchLater.length === 0;

/** `plans` with one conference's plan replaced; a plan left empty takes no room in storage. */
function withPlan(plans: ConferencePlans, conferenceId: string, plan: ConferencePlan) {
  const others = Object.entries(plans).filter(([id]) => id !== conferenceId);
  return Object.fromEntries(isEmpty(plan) ? others : [...others, [conferenceId, plan]]);
}

/** `removals` with one conference's entry set, or taken out when null. */
function withRemoval(
  removals: Readonly<Record<string, Removal>>,
  conferenceId: string,
  removal: Removal | null,
): Record<string, Removal> {
  const others = Object.entries(removals).filter(([id]) => id !== conferenceId);
  return Object.fromEntries(removal ? [...others, [conferenceId, removal]] : others);
}

/** The saved plans, each list that holds the same ids as this page's keeping this page's array,
 * so that what is derived from it is not recomputed. */
function keepSameArrays(current: ConferencePlans, saved: ConferencePlans): ConferencePlans {
  const kept = Object.entries(saved).map(([id, plan]): [string, ConferencePlan] => {
    const mine = planOf(current, id);
    const starred = sameIds(mine.starred, plan.starred) ? mine.starred : plan.starred;
    const mustSee = sameIds(mine.mustSee, plan.mustSee) ? mine.mustSee : plan.mustSee;
    const watchLater = sameIds(mine.watchLater, plan.watchLater)
      ? mine.watchLater
      : plan.watchLater;
    const same =
      starred === mine.starred && mustSee === mine.mustSee && watchLater === mine.watchLater;
    return [id, same ? mine : { starred, mustSee, watchLater }];
  });
  return Object.fromEntries(kept);
}

/** One conference's last removal, or null. */
export const removalOf = (state: PlanState, conferenceId: string): Removal | null =>
  Object.hasOwn(state.lastRemovals, conferenceId)
    ? (state.lastRemovals[conferenceId] ?? null)
    : null;

/** What a change to one conference's plan makes of it: the new plan, and the removal to undo. */
interface PlanEdit {
  plan: ConferencePlan;
  /** The removal this change made (for Undo), null to forget it, or absent to leave it. */
  removal?: Removal | null;
}

type PlanChange = Partial<Pick<PlanState, keyof SavedPlan | 'lastRemovals'>>;

/** Puts a removal back into `plan`; picks made since stay. */
function undone(plan: ConferencePlan, removal: Removal): ConferencePlan {
  if (removal.kind === 'resolve') {
    // Picks made since the resolution stay; the dropped ones and their marks come back.
    const before = new Set(removal.starred);
    const starred = [...removal.starred, ...plan.starred.filter((id) => !before.has(id))];
    return {
      starred,
      mustSee: withMustSee(plan.mustSee, removal.mustSee, starred),
      watchLater: removal.watchLater,
    };
  }
  if (removal.kind === 'clear') {
    const restored = new Set(removal.ids);
    const starred = [...removal.ids, ...plan.starred.filter((id) => !restored.has(id))];
    return { ...plan, starred, mustSee: withMustSee(plan.mustSee, removal.mustSee, starred) };
  }
  if (plan.starred.includes(removal.talkId)) return plan;
  const starred = [...plan.starred];
  starred.splice(Math.min(removal.index, starred.length), 0, removal.talkId);
  const mustSee = removal.mustSee
    ? withMustSee(plan.mustSee, [removal.talkId], starred)
    : plan.mustSee;
  return { ...plan, starred, mustSee };
}

/**
 * Builds the plan store persisted through `getStorage`; the app uses one, tests build their own
 * with a fake storage. Every plan is one conference's, named by its id. Nothing is read until
 * `loadSavedPlan(bundledConferenceId)` (the app calls it after its first render) and nothing is
 * written until the person changes something. Each change is applied to what storage holds at
 * that moment, so picks made meanwhile in another tab are kept.
 *
 * @example const store = createPlanStore({ getStorage: () => localStorage, now: Date.now, health: createStorageHealth() }); await store.loadSavedPlan('kubecon-na-2023');
 */
export function createPlanStore({ getStorage, now, health, persistence }: PlanStoreOptions) {
  let removals = 0;
  // Known once the app loads the saved plan; until then nothing is read or written.
  let bundledId: string | null = null;
  let reader: PlanPersistence | null = null;
  let guard: GuardedStorage | null = null;
  const takePersistence = (loaded: PlanPersistence) => {
    reader = loaded;
    guard ??= loaded.createGuardedStorage({
      name: PLAN_STORAGE_KEY,
      getStorage,
      now,
      health,
      bundledConferenceId: () => bundledId,
    });
  };
  if (persistence) takePersistence(persistence);
  // Until the guard is here nothing is read or written; picks made meanwhile are replayed onto
  // the saved plan once it loads, as another tab's write would be.
  const storage: PersistStorage<SavedPlan> = {
    getItem: (key) => guard?.getItem(key) ?? null,
    setItem: (key, value) => guard?.setItem(key, value),
    removeItem: (key) => guard?.removeItem(key),
  };
  const recent = createRecentChanges(now);
  const store = create<PlanState>()(
    persist(
      (set, get, api) => {
        // The saved plan as it is now, which another tab may have changed since this one last looked.
        const change = (recipe: (current: PlanState) => PlanChange) =>
          set(() => {
            const current = get();
            const saved = guard?.latest() ?? null;
            const base = saved
              ? { ...current, ...saved, plans: keepSameArrays(current.plans, saved.plans) }
              : current;
            return recipe(base);
          });
        // One conference's plan changed by `edit`; null from `edit` leaves everything as it was.
        const changePlan = (
          conferenceId: string,
          edit: (plan: ConferencePlan, removal: Removal | null) => PlanEdit | null,
        ) =>
          change((state) => {
            const before = planOf(state.plans, conferenceId);
            const result = edit(before, removalOf(state, conferenceId));
            if (!result) return state;
            recent.record(conferenceId, before.starred, result.plan.starred);
            return {
              ...state,
              plans:
                result.plan === before
                  ? state.plans
                  : withPlan(state.plans, conferenceId, result.plan),
              lastRemovals:
                result.removal === undefined
                  ? state.lastRemovals
                  : withRemoval(state.lastRemovals, conferenceId, result.removal),
            };
          });
        return {
          plans: {},
          ...DEFAULT_PREFERENCES,
          lastRemovals: {},
          toggleStar: (conferenceId, talkId) =>
            changePlan(conferenceId, (plan) => {
              const index = plan.starred.indexOf(talkId);
              if (index === -1) return { plan: { ...plan, starred: [...plan.starred, talkId] } };
              const mustSee = plan.mustSee.includes(talkId);
              return {
                plan: {
                  ...plan,
                  starred: plan.starred.filter((id) => id !== talkId),
                  mustSee: mustSee ? plan.mustSee.filter((id) => id !== talkId) : plan.mustSee,
                },
                removal: { id: ++removals, kind: 'unstar', talkId, index, mustSee },
              };
            }),
          starAll: (conferenceId, talkIds, mustSeeIds = []) =>
            changePlan(conferenceId, (plan) => {
              const have = new Set(plan.starred);
              const fresh = [...new Set(talkIds)].filter((id) => !have.has(id));
              const starred = [...plan.starred, ...fresh];
              return {
                plan: { ...plan, starred, mustSee: withMustSee(plan.mustSee, mustSeeIds, starred) },
              };
            }),
          toggleMustSee: (conferenceId, talkId) =>
            changePlan(conferenceId, (plan) => {
              if (plan.mustSee.includes(talkId)) {
                return { plan: { ...plan, mustSee: plan.mustSee.filter((id) => id !== talkId) } };
              }
              if (!plan.starred.includes(talkId)) return null;
              return { plan: { ...plan, mustSee: [...plan.mustSee, talkId] } };
            }),
          applyClashResolution: (conferenceId, droppedIds, watchLaterIds) =>
            changePlan(conferenceId, (plan) => {
              const dropped = new Set(droppedIds);
              const gone = plan.starred.filter((id) => dropped.has(id));
              if (gone.length === 0) return null;
              const later = new Set(plan.watchLater);
              return {
                plan: {
                  starred: plan.starred.filter((id) => !dropped.has(id)),
                  mustSee: plan.mustSee.filter((id) => !dropped.has(id)),
                  watchLater: [...plan.watchLater, ...watchLaterIds.filter((id) => !later.has(id))],
                },
                removal: {
                  id: ++removals,
                  kind: 'resolve',
                  dropped: gone,
                  starred: plan.starred,
                  mustSee: plan.mustSee,
                  watchLater: plan.watchLater,
                },
              };
            }),
          clearPlan: (conferenceId) =>
            changePlan(conferenceId, (plan) =>
              plan.starred.length === 0
                ? null
                : {
                    plan: { ...plan, starred: [], mustSee: [] },
                    removal: {
                      id: ++removals,
                      kind: 'clear',
                      ids: plan.starred,
                      mustSee: plan.mustSee,
                    },
                  },
            ),
          undoRemoval: (conferenceId) =>
            changePlan(conferenceId, (plan, removal) =>
              removal ? { plan: undone(plan, removal), removal: null } : null,
            ),
          dismissRemoval: (conferenceId) =>
            changePlan(conferenceId, (plan) => ({ plan, removal: null })),
          forgetConference: (conferenceId) => {
            let forgotten = EMPTY_PLAN;
            changePlan(conferenceId, (plan) => {
              forgotten = plan;
              return { plan: EMPTY_PLAN, removal: null };
            });
            return forgotten;
          },
          restoreConference: (conferenceId, restored) =>
            changePlan(conferenceId, (plan) => {
              const starred = [...new Set([...restored.starred, ...plan.starred])];
              return {
                plan: {
                  starred,
                  mustSee: withMustSee(restored.mustSee, plan.mustSee, starred),
                  watchLater: [...new Set([...restored.watchLater, ...plan.watchLater])],
                },
              };
            }),
          renameConference: (fromId, toId) => {
            if (fromId === toId) return;
            const moved = get().forgetConference(fromId);
            if (!isEmpty(moved)) get().restoreConference(toId, moved);
          },
          setTimeDisplay: (timeDisplay) => change((state) => ({ ...state, timeDisplay })),
          setTightThresholdMinutes: (tightThresholdMinutes) =>
            change((state) => ({ ...state, tightThresholdMinutes })),
          setReminderMinutes: (reminderMinutes) =>
            change((state) => ({ ...state, reminderMinutes })),
          startAfresh: () => {
            guard?.startAfresh();
            // Writes the picks made on this page so far, now that nothing newer is in the way.
            if (health.getState().newerVersion === null) set((state) => state);
          },
          restoreBackup: (backupKey) => {
            if (!guard?.restore(backupKey)) return;
            recent.forget();
            void api.persist.rehydrate();
          },
          dismissBackup: (backupKey) => guard?.dismiss(backupKey),
        };
      },
      {
        name: PLAN_STORAGE_KEY,
        version: SAVED_PLAN_VERSION,
        storage,
        // Read after the first render, so a page drawn ahead of time matches the first render.
        skipHydration: true,
        // Only ids and preferences are kept; everything else belongs to this visit.
        partialize: (state): SavedPlan => ({
          plans: state.plans,
          timeDisplay: state.timeDisplay,
          tightThresholdMinutes: state.tightThresholdMinutes,
          reminderMinutes: state.reminderMinutes,
        }),
        // Storage is the truth on every load: nothing readable saved means no picks.
        merge: (persisted, current) => ({
          ...current,
          plans: {},
          ...DEFAULT_PREFERENCES,
          ...(persisted as Partial<SavedPlan>),
        }),
        // The guarded storage has already read an older save into the current shape
        // (`migrateSavedPlan`: versions 1 to 3 become the bundled conference's plan); this only
        // checks the result, so the upgraded plan is written back under the new version.
        migrate: (persisted, version) => {
          const upgraded = reader?.parseSavedPlan(persisted) ?? null;
          if (!upgraded) throw new Error(`Cannot upgrade a plan saved by version ${version}`);
          return upgraded as unknown as PlanState;
        },
      },
    ),
  );
  // Another tab's write that crossed one of ours has just been loaded: make our lost changes again.
  store.persist.onFinishHydration(({ plans }) => {
    let next = plans;
    for (const conferenceId of recent.conferences()) {
      const plan = planOf(next, conferenceId);
      const replayed = recent.replay(conferenceId, plan.starred);
      if (replayed) next = withPlan(next, conferenceId, { ...plan, starred: replayed });
    }
    if (next !== plans) store.setState({ plans: next });
  });
  return Object.assign(store, {
    // Derived again once clash detection arrives, so flags show for the picks already made.
    derivePlan: createPlanDeriver(() => store.setState((state) => ({ ...state }))),
    /**
     * Reads the saved plan; a plan saved before conferences had plans of their own becomes the
     * plan of `bundledConferenceId`. Later loads (another tab's write) read it the same way.
     */
    loadSavedPlan: async (bundledConferenceId: string): Promise<void> => {
      bundledId = bundledConferenceId;
      // Clash detection comes along, so a saved plan's clashes show with its picks or just after.
      loadClashDetection().catch(() => undefined);
      if (!guard) takePersistence(await loadPlanPersistence());
      await store.persist.rehydrate();
    },
  });
}

/** How well the app's plan is being kept in the browser's storage. */
export const planStorageHealth = createStorageHealth();

export const usePlanStore = createPlanStore({
  // Reading `localStorage` itself throws where storage is blocked; the guarded storage reports it.
  getStorage: () => window.localStorage,
  now: () => Date.now(),
  health: planStorageHealth,
});

/** One value of the storage health, re-rendering only when it changes. */
export function usePlanStorageHealth<T>(selector: (health: StorageHealth) => T): T {
  return useStore(planStorageHealth, selector);
}
