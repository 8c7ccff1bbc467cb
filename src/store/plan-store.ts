import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface PlanState {
  /** Ids of starred talks, in the order they were starred. */
  starred: string[];
  toggleStar: (talkId: string) => void;
}

export const usePlanStore = create<PlanState>()(
  persist(
    (set) => ({
      starred: [],
      toggleStar: (talkId) =>
        set((state) => ({
          starred: state.starred.includes(talkId)
            ? state.starred.filter((id) => id !== talkId)
            : [...state.starred, talkId],
        })),
    }),
    {
      name: 'kubecon-planner:plan',
      version: 1,
      partialize: (state) => ({ starred: state.starred }),
    },
  ),
);

/** Whether one talk is starred; re-renders only when that answer changes. */
export const useIsStarred = (talkId: string): boolean =>
  usePlanStore((state) => state.starred.includes(talkId));
