import firstPaintData from 'virtual:schedule/first-paint';
import { loadSchedule } from '@/domain/load-schedule';
import type { Schedule } from '@/domain/schedule-schema';

// A production build has already validated the data (or failed), so only development checks it here.
const checked = (raw: unknown): Schedule =>
  import.meta.env.DEV ? loadSchedule(raw) : (raw as Schedule);

/** The bundled schedule without abstracts or talk pages, enough to paint the grid; invalid data throws in development. */
export const loadFirstPaintSchedule = (): Schedule => checked(firstPaintData);

/** The whole bundled schedule, abstracts included, from its own chunk. */
export const loadFullSchedule = (): Promise<Schedule> =>
  import('virtual:schedule/full').then((module) => checked(module.default));
