import raw from '../data/schedule.json';
import { loadSchedule } from '../domain/load-schedule';

/** The bundled schedule, validated once at start-up; invalid data throws and is shown by the error boundary. */
export const schedule = loadSchedule(raw);
