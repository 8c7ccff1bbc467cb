import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Talk } from '../domain/schedule-schema';
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

export type { ReminderMinutes, TimeDisplay } from './saved-plan';

/** The last removal from the plan, kept for a few seconds so it can be undone. */
export type Removal =
  | { id: number; kind: 'unstar'; talkId: string; index: number }
  | { id: number; kind: 'clear'; ids: string[] };

export interface PlanState {
  /** Ids of starred talks, in the order they were starred; ids no longer in the schedule stay. */
  starred: string[];
  timeDisplay: TimeDisplay;
  /** Consecutive picks at different events closer than this many minutes are flagged as tight. */
  tightThresholdMinutes: number;
  reminderMinutes: ReminderMinutes;
  /** The talks of the schedule being shown, so that clashes can be derived once for every view. */
  scheduleTalks: readonly Talk[];
  lastRemoval: Removal | null;
  toggleStar: (talkId: string) => void;
  /** Adds talks not yet in the plan, keeping the order given. */
  starAll: (talkIds: readonly string[]) => void;
  clearPlan: () => void;
  undoRemoval: () => void;
  dismissRemoval: () => void;
  setTimeDisplay: (timeDisplay: TimeDisplay) => void;
  setTightThresholdMinutes: (minutes: number) => void;
  setReminderMinutes: (minutes: ReminderMinutes) => void;
  setScheduleTalks: (talks: readonly Talk[]) => void;
}

/** The key the plan is saved under in the browser's storage. */
export const PLAN_STORAGE_KEY = 'kubecon-planner:plan';

interface PlanStoreOptions {
  getStorage: () => Storage;
  now: () => number;
  health: StoreApi<StorageHealth>;
}

/**
 * Builds the plan store persisted through `getStorage`; the app uses one, tests build their own
 * with a fake storage.
 *
 * @example createPlanStore({ getStorage: () => localStorage, now: Date.now, health: createStorageHealth() })
 */
export function createPlanStore({ getStorage, now, health }: PlanStoreOptions) {
  let removals = 0;
  return create<PlanState>()(
    persist(
      (set) => ({
        starred: [],
        ...DEFAULT_PREFERENCES,
        scheduleTalks: [],
        lastRemoval: null,
        toggleStar: (talkId) =>
          set((state) => {
            const index = state.starred.indexOf(talkId);
            if (index === -1) return { starred: [...state.starred, talkId] };
            return {
              starred: state.starred.filter((id) => id !== talkId),
              lastRemoval: { id: ++removals, kind: 'unstar', talkId, index },
            };
          }),
        starAll: (talkIds) =>
          set((state) => {
            const have = new Set(state.starred);
            return { starred: [...state.starred, ...talkIds.filter((id) => !have.has(id))] };
          }),
        clearPlan: () =>
          set((state) =>
            state.starred.length === 0
              ? {}
              : { starred: [], lastRemoval: { id: ++removals, kind: 'clear', ids: state.starred } },
          ),
        undoRemoval: () =>
          set((state) => {
            const removal = state.lastRemoval;
            if (!removal) return {};
            const have = new Set(state.starred);
            if (removal.kind === 'clear') {
              return {
                starred: [
                  ...removal.ids,
                  ...state.starred.filter((id) => !removal.ids.includes(id)),
                ],
                lastRemoval: null,
              };
            }
            if (have.has(removal.talkId)) return { lastRemoval: null };
            const starred = [...state.starred];
            starred.splice(Math.min(removal.index, starred.length), 0, removal.talkId);
            return { starred, lastRemoval: null };
          }),
        dismissRemoval: () => set({ lastRemoval: null }),
        setTimeDisplay: (timeDisplay) => set({ timeDisplay }),
        setTightThresholdMinutes: (tightThresholdMinutes) => set({ tightThresholdMinutes }),
        setReminderMinutes: (reminderMinutes) => set({ reminderMinutes }),
        setScheduleTalks: (scheduleTalks) => set({ scheduleTalks }),
      }),
      {
        name: PLAN_STORAGE_KEY,
        version: SAVED_PLAN_VERSION,
        storage: createGuardedStorage({ getStorage, now, health }),
        // Only ids and preferences are kept; everything else is derived or belongs to this visit.
        partialize: (state): SavedPlan => ({
          starred: state.starred,
          timeDisplay: state.timeDisplay,
          tightThresholdMinutes: state.tightThresholdMinutes,
          reminderMinutes: state.reminderMinutes,
        }),
        migrate: (persisted, version) => {
          const upgraded = migrateSavedPlan(persisted, version);
          if (!upgraded) throw new Error(`Cannot upgrade a plan saved by version ${version}`);
          return upgraded as unknown as PlanState;
        },
      },
    ),
  );
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
