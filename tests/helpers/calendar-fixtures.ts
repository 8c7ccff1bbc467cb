import raw from '../../src/data/schedule.json';
import { loadSchedule } from '../../src/domain/load-schedule';
import type { Talk } from '../../src/domain/schedule-schema';

const schedule = loadSchedule(raw);

function talk(id: string): Talk {
  const found = schedule.talks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The bundled schedule has no talk ${id}`);
  return found;
}

/** The conference as the bundled schedule describes it; used by tests. */
export const fixtureConference = schedule.conference;

/** Talks of the bundled schedule, one or more on each day, named for the tests that use them. */
export const fixtureTalks = {
  adobe: talk('1Rj0z'),
  clickhouse: talk('1Rj2m'),
  gitGoingFast: talk('1Rj31'),
  tetragon: talk('1Rj3S'),
  keynote: talk('1R4Zf'),
  performance: talk('1R2s5'),
  contribfest: talk('1R2tk'),
  scaling: talk('1R2vB'),
};
