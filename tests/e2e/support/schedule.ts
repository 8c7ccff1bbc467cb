import data from '../../../src/data/schedule.json';

export interface ExpectedTalk {
  id: string;
  title: string;
  column: string;
  start: string;
  end: string;
}

const talks: readonly ExpectedTalk[] = data.talks;

/** The bundled talks on one conference day (YYYY-MM-DD in Chicago), for checking what is shown. */
export const talksOn = (day: string): readonly ExpectedTalk[] =>
  talks.filter((talk) => talk.start.startsWith(day));
