// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importSchedule } from '../../src/domain/import/import-schedule';
import { parseXmlWithXmldom } from '../../src/domain/import/parse-xml-with-xmldom';
import { loadSchedule } from '../../src/domain/load-schedule';
import {
  CCC_SHAPE,
  congressScheduleXml,
  generateCongressSchedule,
  weightedSpread,
} from './congress-schedule';

const congress = generateCongressSchedule(CCC_SHAPE);
const { talks, conference } = congress;
const minutes = (talk: { start: string; end: string }) =>
  (Date.parse(talk.end) - Date.parse(talk.start)) / 60_000;

describe('generateCongressSchedule', () => {
  it('makes 1,400 events in 90 rooms over 4 days, valid as the app loads them', () => {
    expect(talks).toHaveLength(1400);
    expect(loadSchedule(congress).talks).toHaveLength(1400);
    expect(conference.columns).toHaveLength(90);
    expect(new Set(talks.map((t) => t.column)).size).toBe(90);
    expect(conference.days).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30']);
    expect(conference.columnKind).toBe('room');
  });

  it('puts 350 events on each day, five times as many on each of the six stages as in a small room', () => {
    for (const day of conference.days) {
      const onDay = talks.filter((t) => t.day === day);
      expect(onDay).toHaveLength(350);
      // 350 events over 6 stages of weight 5 and 84 rooms of weight 1: 15.35 and 3.07 each.
      for (const room of conference.columns) {
        const count = onDay.filter((t) => t.column === room).length;
        if (room.startsWith('Saal ')) expect([15, 16]).toContain(count);
        else expect([3, 4]).toContain(count);
      }
    }
  });

  it('never overlaps two events in one room, and keeps events between 15 minutes and 3 hours', () => {
    for (const room of conference.columns) {
      const sorted = talks
        .filter((t) => t.column === room)
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      sorted.slice(1).forEach((talk, i) => {
        expect(Date.parse(talk.start)).toBeGreaterThanOrEqual(Date.parse(sorted[i]!.end));
      });
    }
    expect(Math.min(...talks.map(minutes))).toBeGreaterThanOrEqual(15);
    expect(Math.max(...talks.map(minutes))).toBeLessThanOrEqual(180);
  });

  it('runs past midnight in Berlin time, keeping such events on their congress day', () => {
    const late = talks.filter((t) => t.start.slice(0, 10) !== t.day);
    expect(late.length).toBeGreaterThan(0);
    for (const talk of late) expect(talk.start.slice(11, 13) < '06').toBe(true);
    // 27 December is winter time in Berlin: UTC+1.
    expect(talks.every((t) => t.start.endsWith('+01:00'))).toBe(true);
  });

  it('gives the same schedule for the same seed, and another for another seed', () => {
    expect(generateCongressSchedule(CCC_SHAPE)).toEqual(congress);
    expect(generateCongressSchedule({ ...CCC_SHAPE, seed: 39 }).talks[0]).not.toEqual(talks[0]);
  });
});

describe('congressScheduleXml', () => {
  it('opens in the importer as the same 1,400 events at the same instants', () => {
    const result = importSchedule(
      { text: congressScheduleXml(congress) },
      { parseXml: parseXmlWithXmldom },
    );
    if (result.kind !== 'schedule') throw new Error(JSON.stringify(result));
    expect(result.skipped.count).toBe(0);
    expect(result.schedule.conference.columns).toEqual(conference.columns);
    expect(result.schedule.conference.timeZone).toBe('Europe/Berlin');
    const byUrl = new Map(talks.map((t) => [t.url, t]));
    expect(result.schedule.talks).toHaveLength(1400);
    for (const opened of result.schedule.talks) {
      const made = byUrl.get(opened.url);
      expect(opened.title).toBe(made?.title);
      expect(Date.parse(opened.start)).toBe(Date.parse(made?.start ?? ''));
      expect(Date.parse(opened.end)).toBe(Date.parse(made?.end ?? ''));
      expect(opened.day).toBe(made?.day);
      expect(opened.track).toBe(made?.track);
    }
  }, 30_000);
});

describe('weightedSpread', () => {
  it('splits a total in proportion to the weights, whole numbers adding up to it', () => {
    expect(weightedSpread(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(weightedSpread(12, [5, 1])).toEqual([10, 2]);
    expect(weightedSpread(7, [2, 1, 1]).reduce((a, b) => a + b)).toBe(7);
  });
});
