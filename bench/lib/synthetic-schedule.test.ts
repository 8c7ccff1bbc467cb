import { describe, expect, it } from 'vitest';
import { loadSchedule } from '../../src/domain/load-schedule';
import type { Conference } from '../../src/domain/schedule-schema';
import { generateSyntheticSchedule } from './synthetic-schedule';

const conference: Conference = {
  id: 'kubecon-na-2023',
  name: 'KubeCon + CloudNativeCon North America 2023',
  shortName: 'KubeCon NA 2023',
  timeZone: 'America/Chicago',
  city: 'Chicago',
  days: ['2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09'],
  columnKind: 'event',
  columns: ['CiliumCon'],
  source: { format: 'seed', url: null },
};

const minutes = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 60_000;
const schedule = generateSyntheticSchedule(conference, { talks: 2000, seed: 2023 });

describe('generateSyntheticSchedule', () => {
  it('makes exactly the number of talks asked for, valid as the app loads them', () => {
    expect(schedule.talks).toHaveLength(2000);
    expect(loadSchedule(schedule).talks).toHaveLength(2000);
  });

  it('spreads them over 25 tracks and every conference day', () => {
    expect(schedule.conference.columns).toHaveLength(25);
    expect(new Set(schedule.talks.map((t) => t.column))).toEqual(
      new Set(schedule.conference.columns),
    );
    expect(new Set(schedule.talks.map((t) => t.start.slice(0, 10)))).toEqual(
      new Set(conference.days),
    );
  });

  it('varies talk lengths from 5 to 90 minutes', () => {
    const lengths = schedule.talks.map((t) => minutes(t.start, t.end));
    expect(Math.min(...lengths)).toBe(5);
    expect(Math.max(...lengths)).toBe(90);
    expect(new Set(lengths).size).toBeGreaterThanOrEqual(6);
  });

  it('keeps every talk on its own day and never overlaps two talks in one track', () => {
    for (const talk of schedule.talks) {
      expect(talk.end.slice(0, 10)).toBe(talk.start.slice(0, 10));
      expect(talk.end.slice(11, 16) <= '21:00').toBe(true);
    }
    for (const event of schedule.conference.columns) {
      const talks = schedule.talks
        .filter((t) => t.column === event)
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      talks.slice(1).forEach((talk, i) => {
        expect(Date.parse(talk.start) >= Date.parse(talks[i]?.end ?? '')).toBe(true);
      });
    }
  });

  it('writes times with the offset the conference zone has that week', () => {
    expect(schedule.talks[0]?.start).toBe('2023-11-06T08:00:00-06:00');
  });

  it('gives the same schedule for the same seed and another for another seed', () => {
    const again = generateSyntheticSchedule(conference, { talks: 2000, seed: 2023 });
    const other = generateSyntheticSchedule(conference, { talks: 2000, seed: 7 });
    expect(again).toEqual(schedule);
    expect(other.talks.map((t) => t.title)).not.toEqual(schedule.talks.map((t) => t.title));
  });
});
