import { useEffect } from 'react';
import { create } from 'zustand';
import type { Talk } from '@/domain/schedule-schema';
import { planOf, usePlanStore } from './plan-store';
import type { SeenSchedule } from './seen-schedule';

interface ScheduleChangesState {
  /** The conference last followed, whose schedule `seen` is; null until one is. */
  conferenceId: string | null;
  /** The schedule last seen and the changes to starred talks it brought; null until followed. */
  seen: SeenSchedule | null;
  /** Whether the message about changes found on this visit shows (until dismissed). */
  announced: boolean;
  /**
   * Compares `talks` with the schedule last seen for the conference and remembers them; an
   * aborted `signal` (the view went away while the diff's code loaded) leaves both untouched.
   */
  follow: (conferenceId: string, talks: readonly Talk[], signal?: AbortSignal) => Promise<void>;
  dismiss: () => void;
}

/**
 * What changed in the schedule shown since the plan last saw it. `follow` is what the
 * open-a-schedule flow calls when a conference opens or updates.
 */
export const useScheduleChangesStore = create<ScheduleChangesState>()((set) => ({
  conferenceId: null,
  seen: null,
  announced: false,
  follow: async (conferenceId, talks, signal) => {
    // Loaded after the first paint: the diff is never needed to draw the schedule.
    const { followScheduleChanges } = await import('./seen-schedule');
    if (signal?.aborted) return;
    const { starred } = planOf(usePlanStore.getState().plans, conferenceId);
    const { seen, fresh } = followScheduleChanges(localStorage, conferenceId, talks, starred);
    // Looking again at the same schedule keeps the message as it was; another conference's goes.
    set((state) => ({
      conferenceId,
      seen,
      announced: fresh || (state.conferenceId === conferenceId && state.announced),
    }));
  },
  dismiss: () => set({ announced: false }),
}));

/**
 * The schedule of `conferenceId` as last seen, or null while the one followed is another's.
 *
 * @example seenOf(useScheduleChangesStore.getState(), 'kubecon-na-2023')?.revisions
 */
export const seenOf = (
  state: Pick<ScheduleChangesState, 'conferenceId' | 'seen'>,
  conferenceId: string,
): SeenSchedule | null => (state.conferenceId === conferenceId ? state.seen : null);

/**
 * Follows the schedule's changes once the saved plan is loaded, so changes are told against the
 * person's real picks, never against the empty plan of the first render.
 *
 * @example useFollowScheduleChanges(schedule.conference.id, schedule.talks)
 */
export function useFollowScheduleChanges(conferenceId: string, talks: readonly Talk[]): void {
  useEffect(() => {
    const unmounted = new AbortController();
    const follow = () =>
      void useScheduleChangesStore.getState().follow(conferenceId, talks, unmounted.signal);
    if (usePlanStore.persist.hasHydrated()) {
      follow();
      return () => unmounted.abort();
    }
    // Once: later loads come from other tabs, not from a new schedule.
    const stop = usePlanStore.persist.onFinishHydration(() => {
      stop();
      follow();
    });
    return () => {
      stop();
      unmounted.abort();
    };
  }, [conferenceId, talks]);
}
