import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { encodeShareCode } from './share-code';
import { firstSharedDay } from './first-shared-day';

const { talks, conference } = loadSchedule(raw);
const zone = conference.timeZone;

describe('firstSharedDay', () => {
  it('is the day of the earliest shared talk, whatever order the link lists them in', () => {
    // In the seed: 1R2s5 is on Wednesday 8 Nov at 4:30 PM, 1R2on on Tuesday 7 Nov at 4:30 PM.
    expect(firstSharedDay(encodeShareCode(['1R2s5', '1R2on']), talks, zone)).toBe('2023-11-07');
  });

  it('skips ids that are not in the schedule', () => {
    // 1R2tk is the Thursday Contribfest.
    expect(firstSharedDay(encodeShareCode(['gone1', '1R2tk']), talks, zone)).toBe('2023-11-09');
  });

  it('is null for a damaged code or one naming no talk here', () => {
    expect(firstSharedDay('1.1R2on.wrongsum', talks, zone)).toBeNull();
    expect(firstSharedDay(encodeShareCode(['gone1']), talks, zone)).toBeNull();
  });

  it('counts days in the conference’s zone: a 6:15 PM Chicago talk stays on its day', () => {
    // 1RHS7, the documentary, starts 2023-11-08 18:15 in Chicago: already 9 Nov in UTC.
    expect(firstSharedDay(encodeShareCode(['1RHS7']), talks, zone)).toBe('2023-11-08');
  });
});
