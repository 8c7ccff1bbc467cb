import { describe, expect, it } from 'vitest';
import raw from '../data/schedule.json';
import { InvalidScheduleError, loadSchedule } from './load-schedule';

const clone = () =>
  structuredClone(raw) as { talks: Record<string, unknown>[] } & Record<string, unknown>;

describe('loadSchedule', () => {
  it('accepts the bundled data and sorts talks by start', () => {
    const schedule = loadSchedule(raw);
    expect(schedule.talks).toHaveLength(25);
    const starts = schedule.talks.map((t) => Date.parse(t.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(schedule.conference.timeZone).toBe('America/Chicago');
  });

  it('names the field of a talk that is missing', () => {
    const data = clone();
    delete data.talks[3]?.title;
    expect(() => loadSchedule(data)).toThrow(InvalidScheduleError);
    expect(() => loadSchedule(data)).toThrow(/talks\.3\.title/);
  });

  it('refuses a time without an offset, which would be read in the viewer’s zone', () => {
    const data = clone();
    if (data.talks[0]) data.talks[0].start = '2023-11-06T09:15:00';
    expect(() => loadSchedule(data)).toThrow(/talks\.0\.start/);
  });

  it('refuses a talk that ends before it starts', () => {
    const data = clone();
    if (data.talks[0]) data.talks[0].end = '2023-11-06T09:00:00-06:00';
    expect(() => loadSchedule(data)).toThrow(/must not end before it starts/);
  });

  it('accepts a zero-length entry, which real schedules have (a Sched deadline)', () => {
    const data = clone();
    if (data.talks[0]) data.talks[0].end = data.talks[0].start;
    expect(loadSchedule(data).talks).toHaveLength(data.talks.length);
  });

  it('refuses duplicate ids', () => {
    const data = clone();
    if (data.talks[1] && data.talks[0]) data.talks[1].id = data.talks[0].id;
    expect(() => loadSchedule(data)).toThrow(/duplicate id/);
  });

  it('refuses data of another schema version', () => {
    expect(() => loadSchedule({ ...clone(), schemaVersion: 99 })).toThrow(/schemaVersion/);
  });
});
