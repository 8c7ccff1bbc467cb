import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from './wall-time-to-instant';
import { formatOffset, zoneOffsetMinutes } from './zone-offset';

describe('zoneOffsetMinutes', () => {
  it('reads Chicago as UTC−6 in November and UTC−5 in July', () => {
    expect(zoneOffsetMinutes(Date.parse('2023-11-06T15:00:00Z'), 'America/Chicago')).toBe(-360);
    expect(zoneOffsetMinutes(Date.parse('2023-07-06T15:00:00Z'), 'America/Chicago')).toBe(-300);
  });

  it('reads UTC as zero and zones east of UTC as positive', () => {
    expect(zoneOffsetMinutes(0, 'UTC')).toBe(0);
    expect(zoneOffsetMinutes(0, 'Asia/Kolkata')).toBe(330);
  });
});

describe('formatOffset', () => {
  it('writes ±HH:MM', () => {
    expect(formatOffset(-360)).toBe('-06:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});

describe('wallTimeToInstant', () => {
  it('gives the instant a Chicago wall clock shows', () => {
    const iso = wallTimeToInstant({ date: '2023-11-06', hour: 9, minute: 15 }, 'America/Chicago');
    expect(iso).toBe('2023-11-06T09:15:00-06:00');
    expect(new Date(iso).toISOString()).toBe('2023-11-06T15:15:00.000Z');
  });

  it('picks the right side of the autumn change (5 Nov 2023, 2am CDT → 1am CST)', () => {
    expect(wallTimeToInstant({ date: '2023-11-04', hour: 23, minute: 0 }, 'America/Chicago')).toBe(
      '2023-11-04T23:00:00-05:00',
    );
    expect(wallTimeToInstant({ date: '2023-11-05', hour: 9, minute: 0 }, 'America/Chicago')).toBe(
      '2023-11-05T09:00:00-06:00',
    );
  });

  // Chicago fell back at 2:00 CDT (07:00 UTC) on 5 Nov 2023. From 2:00 to 6:59 the wall time read
  // as UTC still falls before the change, so only a second look at the offset finds CST.
  it.each([
    ['02:00', '2023-11-05T02:00:00-06:00'],
    ['04:30', '2023-11-05T04:30:00-06:00'],
    ['06:59', '2023-11-05T06:59:00-06:00'],
    ['07:00', '2023-11-05T07:00:00-06:00'],
  ])('settles %s on the morning of the change as CST', (time, expected) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    const iso = wallTimeToInstant({ date: '2023-11-05', hour, minute }, 'America/Chicago');
    expect(iso).toBe(expected);
  });

  it('gives 1:30, which the clocks showed twice that night, as its first showing (CDT)', () => {
    expect(wallTimeToInstant({ date: '2023-11-05', hour: 1, minute: 30 }, 'America/Chicago')).toBe(
      '2023-11-05T01:30:00-05:00',
    );
  });
});
