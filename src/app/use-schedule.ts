import { useEffect, useState } from 'react';
import type { Schedule } from '../domain/schedule-schema';
import type { AbstractStatus } from '../features/schedule/abstract-text';
import { usePlanStore } from '../store/plan-store';
import { loadFirstPaintSchedule, loadFullSchedule } from './schedule-data';

interface ScheduleState {
  schedule: Schedule;
  abstractStatus: AbstractStatus;
}

function firstPaint(): ScheduleState {
  const schedule = loadFirstPaintSchedule();
  // Clashes are derived in the store, so it needs the talks shown before the first render.
  usePlanStore.getState().setScheduleTalks(schedule.talks);
  return { schedule, abstractStatus: 'loading' };
}

/**
 * The schedule the app shows: at once without abstracts, so the grid paints from a small first
 * load, then the whole schedule as soon as its chunk has arrived after the first paint.
 * Invalid data throws during render, so the error boundary can say what is wrong.
 */
export function useSchedule(loadFull: () => Promise<Schedule> = loadFullSchedule): ScheduleState {
  const [state, setState] = useState(firstPaint);
  useEffect(() => {
    let current = true;
    // A task after mount, so the abstracts' chunk never competes with the first paint.
    const timer = setTimeout(() => {
      loadFull().then(
        (schedule) => {
          if (!current) return;
          usePlanStore.getState().setScheduleTalks(schedule.talks);
          setState({ schedule, abstractStatus: 'loaded' });
        },
        () => current && setState((previous) => ({ ...previous, abstractStatus: 'failed' })),
      );
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [loadFull]);
  return state;
}
