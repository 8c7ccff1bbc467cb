import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createGuardedStorage } from './guarded-storage';
import {
  DEFAULT_PREFERENCES,
  SAVED_PLAN_VERSION,
  migrateSavedPlan,
  type ReminderMinutes,
  type SavedPlan,
  type TimeDisplay,
} from './saved-plan';
import { createStorageHealth, type StorageHealth } from './storage-health';
import { createPlanDeriver } from './derive-plan';
import { createRecentChanges } from './recent-changes';

export type { ReminderMinutes, TimeDisplay } from './saved-plan';

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

export interface PlanState {
  /** Ids of starred talks, in the order they were starred; ids no longer in the schedule stay. */
  starred: string[];
  /** Starred ids the person will not give up, kept when clashes are resolved. */
  mustSee: string[];
  /** Recorded talks dropped to resolve a clash, to be watched later. */
  watchLater: string[];
  timeDisplay: TimeDisplay;
  /** Consecutive picks at different events closer than this many minutes are flagged as tight. */
  tightThresholdMinutes: number;
  reminderMinutes: ReminderMinutes;
  lastRemoval: Removal | null;
  toggleStar: (talkId: string) => void;
  /** Adds talks not yet in the plan, keeping the order given. */
  starAll: (talkIds: readonly string[], mustSeeIds?: readonly string[]) => void;
  /** Marks a starred talk as must see, or unmarks it; does nothing for a talk not starred. */
  toggleMustSee: (talkId: string) => void;
  /** Drops the given picks to resolve clashes, setting the recorded ones aside to watch later. */
  applyClashResolution: (droppedIds: readonly string[], watchLaterIds: readonly string[]) => void;
  clearPlan: () => void;
  undoRemoval: () => void;
  dismissRemoval: () => void;
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

interface PlanStoreOptions {
  getStorage: () => Storage;
  now: () => number;
  health: StoreApi<StorageHealth>;
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

type PlanChange = Partial<Pick<PlanState, keyof SavedPlan | 'lastRemoval'>>;

/**
 * Builds the plan store persisted through `getStorage`; the app uses one, tests build their own
 * with a fake storage. Nothing is read until `persist.rehydrate()` (the app calls it after its
 * first render) and nothing is written until the person changes something. Each change is applied
 * to what storage holds at that moment, so picks made meanwhile in another tab are kept.
 *
 * @example const store = createPlanStore({ getStorage: () => localStorage, now: Date.now, health: createStorageHealth() }); await store.persist.rehydrate();
 */
export function createPlanStore({ getStorage, now, health }: PlanStoreOptions) {
  let removals = 0;
  const storage = createGuardedStorage({ name: PLAN_STORAGE_KEY, getStorage, now, health });
  const recent = createRecentChanges(now);
  const store = create<PlanState>()(
    persist(
      (set, get, api) => {
        // The saved plan as it is now, which another tab may have changed since this one last looked.
        const change = (recipe: (current: PlanState) => PlanChange) =>
          set(() => {
            const current = get();
            const saved = storage.latest();
            // The same picks keep the same array, so what is derived from them is not recomputed.
            const base =
              !saved || sameIds(saved.starred, current.starred)
                ? { ...current, ...saved, starred: current.starred }
                : { ...current, ...saved };
            const next = recipe(base);
            if (next.starred) recent.record(base.starred, next.starred);
            return next;
          });
        return {
          starred: [],
          mustSee: [],
          watchLater: [],
          ...DEFAULT_PREFERENCES,
          lastRemoval: null,
          toggleStar: (talkId) =>
            change((state) => {
              const index = state.starred.indexOf(talkId);
              if (index === -1) return { ...state, starred: [...state.starred, talkId] };
              const mustSee = state.mustSee.includes(talkId);
              return {
                ...state,
                starred: state.starred.filter((id) => id !== talkId),
                mustSee: mustSee ? state.mustSee.filter((id) => id !== talkId) : state.mustSee,
                lastRemoval: { id: ++removals, kind: 'unstar', talkId, index, mustSee },
              };
            }),
          starAll: (talkIds, mustSeeIds = []) =>
            change((state) => {
              const have = new Set(state.starred);
              const fresh = [...new Set(talkIds)].filter((id) => !have.has(id));
              const starred = [...state.starred, ...fresh];
              return {
                ...state,
                starred,
                mustSee: withMustSee(state.mustSee, mustSeeIds, starred),
              };
            }),
          toggleMustSee: (talkId) =>
            change((state) => {
              if (state.mustSee.includes(talkId)) {
                return { ...state, mustSee: state.mustSee.filter((id) => id !== talkId) };
              }
              if (!state.starred.includes(talkId)) return state;
              return { ...state, mustSee: [...state.mustSee, talkId] };
            }),
          applyClashResolution: (droppedIds, watchLaterIds) =>
            change((state) => {
              const dropped = new Set(droppedIds);
              const gone = state.starred.filter((id) => dropped.has(id));
              if (gone.length === 0) return state;
              const later = new Set(state.watchLater);
              return {
                ...state,
                starred: state.starred.filter((id) => !dropped.has(id)),
                mustSee: state.mustSee.filter((id) => !dropped.has(id)),
                watchLater: [...state.watchLater, ...watchLaterIds.filter((id) => !later.has(id))],
                lastRemoval: {
                  id: ++removals,
                  kind: 'resolve',
                  dropped: gone,
                  starred: state.starred,
                  mustSee: state.mustSee,
                  watchLater: state.watchLater,
                },
              };
            }),
          clearPlan: () =>
            change((state) =>
              state.starred.length === 0
                ? state
                : {
                    ...state,
                    starred: [],
                    mustSee: [],
                    lastRemoval: {
                      id: ++removals,
                      kind: 'clear',
                      ids: state.starred,
                      mustSee: state.mustSee,
                    },
                  },
            ),
          undoRemoval: () =>
            change((state) => {
              const removal = state.lastRemoval;
              if (!removal) return state;
              if (removal.kind === 'resolve') {
                // Picks made since the resolution stay; the dropped ones and their marks come back.
                const before = new Set(removal.starred);
                const starred = [
                  ...removal.starred,
                  ...state.starred.filter((id) => !before.has(id)),
                ];
                return {
                  ...state,
                  starred,
                  mustSee: withMustSee(state.mustSee, removal.mustSee, starred),
                  watchLater: removal.watchLater,
                  lastRemoval: null,
                };
              }
              if (removal.kind === 'clear') {
                const restored = new Set(removal.ids);
                const starred = [
                  ...removal.ids,
                  ...state.starred.filter((id) => !restored.has(id)),
                ];
                return {
                  ...state,
                  starred,
                  mustSee: withMustSee(state.mustSee, removal.mustSee, starred),
                  lastRemoval: null,
                };
              }
              if (state.starred.includes(removal.talkId)) return { ...state, lastRemoval: null };
              const starred = [...state.starred];
              starred.splice(Math.min(removal.index, starred.length), 0, removal.talkId);
              const mustSee = removal.mustSee
                ? withMustSee(state.mustSee, [removal.talkId], starred)
                : state.mustSee;
              return { ...state, starred, mustSee, lastRemoval: null };
            }),
          dismissRemoval: () => change((state) => ({ ...state, lastRemoval: null })),
          setTimeDisplay: (timeDisplay) => change((state) => ({ ...state, timeDisplay })),
          setTightThresholdMinutes: (tightThresholdMinutes) =>
            change((state) => ({ ...state, tightThresholdMinutes })),
          setReminderMinutes: (reminderMinutes) =>
            change((state) => ({ ...state, reminderMinutes })),
          startAfresh: () => {
            storage.startAfresh();
            // Writes the picks made on this page so far, now that nothing newer is in the way.
            if (health.getState().newerVersion === null) set((state) => state);
          },
          restoreBackup: (backupKey) => {
            if (!storage.restore(backupKey)) return;
            recent.forget();
            void api.persist.rehydrate();
          },
          dismissBackup: (backupKey) => storage.dismiss(backupKey),
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
          starred: state.starred,
          mustSee: state.mustSee,
          watchLater: state.watchLater,
          timeDisplay: state.timeDisplay,
          tightThresholdMinutes: state.tightThresholdMinutes,
          reminderMinutes: state.reminderMinutes,
        }),
        // Storage is the truth on every load: nothing readable saved means an empty plan.
        merge: (persisted, current) => ({
          ...current,
          starred: [],
          mustSee: [],
          watchLater: [],
          ...DEFAULT_PREFERENCES,
          ...(persisted as Partial<SavedPlan>),
        }),
        migrate: (persisted, version) => {
          const upgraded = migrateSavedPlan(persisted, version);
          if (!upgraded) throw new Error(`Cannot upgrade a plan saved by version ${version}`);
          return upgraded as unknown as PlanState;
        },
      },
    ),
  );
  // Another tab's write that crossed one of ours has just been loaded: make our lost changes again.
  store.persist.onFinishHydration(({ starred }) => {
    const replayed = recent.replay(starred);
    if (replayed) store.setState({ starred: replayed });
  });
  return Object.assign(store, { derivePlan: createPlanDeriver() });
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

/** Whether one talk is starred; re-renders only when that answer changes. */
export const useIsStarred = (talkId: string): boolean =>
  usePlanStore((state) => state.starred.includes(talkId));

/** Whether one talk is marked must see; re-renders only when that answer changes. */
export const useIsMustSee = (talkId: string): boolean =>
  usePlanStore((state) => state.mustSee.includes(talkId));
