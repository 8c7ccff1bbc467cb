import raw from '../../src/data/schedule.json';
import { loadSchedule } from '../../src/domain/load-schedule';
import type { Talk } from '../../src/domain/schedule-schema';

/** The bundled schedule, as the first version of its conference. */
export const version1 = loadSchedule(raw);

/** Ids from the bundled schedule: the Tuesday tutorial, the talk it clashes with, and Monday's first talk. */
export const ids = { tutorial: '1R2on', serviceMesh: '1R2ts', adobe: '1Rj0z' } as const;

/**
 * A second release of the bundled schedule for tests: the tutorial (16:30–18:00 CST on Tuesday in
 * the source) moves to Wednesday 09:00–10:30 CST, and "Service Mesh Battle Scars" is cancelled.
 */
export const version2Talks: Talk[] = version1.talks
  .filter((talk) => talk.id !== ids.serviceMesh)
  .map((talk) =>
    talk.id === ids.tutorial
      ? { ...talk, start: '2023-11-08T09:00:00-06:00', end: '2023-11-08T10:30:00-06:00' }
      : talk,
  );
