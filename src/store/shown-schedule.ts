import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Schedule, Talk } from '@/domain/schedule-schema';

/** Whether the talks' abstracts, which arrive just after the first paint, are here yet. */
export type AbstractStatus = 'loading' | 'loaded' | 'failed';

/** The one channel the schedule reaches every view by; it is never persisted. */
export interface ShownSchedule {
  schedule: Schedule;
  abstractStatus: AbstractStatus;
  /** The whole schedule, abstracts included, so an early export never writes events without them. */
  loadFullSchedule: () => Promise<Schedule>;
}

export const ShownScheduleContext = createContext<ShownSchedule | null>(null);

/** The schedule shown, as provided once at the root. */
export function useShownSchedule(): ShownSchedule {
  const shown = useContext(ShownScheduleContext);
  if (!shown) throw new Error('The schedule is read outside ShownScheduleContext.');
  return shown;
}

/** The talks of the schedule shown. */
export const useScheduleTalks = (): readonly Talk[] => useShownSchedule().schedule.talks;

/**
 * The schedule to show: at once the one `loadFirstPaint` gives (without abstracts, so the grid
 * paints from a small first load), then the whole one from `loadFullSchedule` once its chunk has
 * arrived after the first paint. Invalid data throws during render, for the error boundary.
 */
export function useLoadedSchedule(
  loadFirstPaint: () => Schedule,
  loadFullSchedule: () => Promise<Schedule>,
): ShownSchedule {
  const [state, setState] = useState(() => ({
    schedule: loadFirstPaint(),
    abstractStatus: 'loading' as AbstractStatus,
  }));
  useEffect(() => {
    let current = true;
    // A task after mount, so the abstracts' chunk never competes with the first paint.
    const timer = setTimeout(() => {
      loadFullSchedule().then(
        (schedule) => current && setState({ schedule, abstractStatus: 'loaded' }),
        () => current && setState((previous) => ({ ...previous, abstractStatus: 'failed' })),
      );
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [loadFullSchedule]);
  return useMemo(() => ({ ...state, loadFullSchedule }), [state, loadFullSchedule]);
}

/** The id of the conference shown, which names its plan. */
export const useShownConferenceId = (): string => useShownSchedule().schedule.conference.id;
