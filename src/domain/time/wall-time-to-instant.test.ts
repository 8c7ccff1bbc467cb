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
});
