import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** Whether times show in the conference's zone or the visitor's own. */
export type TimeDisplay = 'conference' | 'local';

/** Minutes before a talk for the calendar reminder; 0 means none. */
export type ReminderMinutes = 0 | 5 | 10 | 15;

export interface PlanState {
  /** Ids of starred talks, in the order they were starred. */
  starred: string[];
  timeDisplay: TimeDisplay;
  /** Consecutive picks at different events closer than this many minutes are flagged as tight. */
  tightThresholdMinutes: number;
  reminderMinutes: ReminderMinutes;
  toggleStar: (talkId: string) => void;
  setTimeDisplay: (timeDisplay: TimeDisplay) => void;
  setTightThresholdMinutes: (minutes: number) => void;
  setReminderMinutes: (minutes: ReminderMinutes) => void;
}

export const usePlanStore = create<PlanState>()(
  persist(
    (set) => ({
      starred: [],
      timeDisplay: 'conference',
      tightThresholdMinutes: 10,
      reminderMinutes: 0,
      toggleStar: (talkId) =>
        set((state) => ({
          starred: state.starred.includes(talkId)
            ? state.starred.filter((id) => id !== talkId)
            : [...state.starred, talkId],
        })),
      setTimeDisplay: (timeDisplay) => set({ timeDisplay }),
      setTightThresholdMinutes: (tightThresholdMinutes) => set({ tightThresholdMinutes }),
      setReminderMinutes: (reminderMinutes) => set({ reminderMinutes }),
    }),
    {
      name: 'kubecon-planner:plan',
      version: 1,
      partialize: (state) => ({
        starred: state.starred,
        timeDisplay: state.timeDisplay,
        tightThresholdMinutes: state.tightThresholdMinutes,
        reminderMinutes: state.reminderMinutes,
      }),
    },
  ),
);

/** Whether one talk is starred; re-renders only when that answer changes. */
export const useIsStarred = (talkId: string): boolean =>
  usePlanStore((state) => state.starred.includes(talkId));
