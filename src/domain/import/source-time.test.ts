import { describe, expect, it } from 'vitest';
import { addDays, offsetOf, readInstant, readWallTime } from './source-time';

describe('source times', () => {
  it('reads instants with an offset or Z', () => {
    expect(readInstant('2026-01-31T09:30:00+01:00')).toBe(Date.UTC(2026, 0, 31, 8, 30));
    expect(readInstant('2026-08-27T15:50:00Z')).toBe(Date.UTC(2026, 7, 27, 15, 50));
    expect(readInstant('2026-08-27T11:10-05:00')).toBe(Date.UTC(2026, 7, 27, 16, 10));
  });

  it('refuses a time without an offset rather than read it in the machine zone', () => {
    expect(() => readInstant('2026-10-02T09:00:00')).toThrow(/not a time with a UTC offset/);
  });

  it('reads offsets and wall times', () => {
    expect(offsetOf('2020-12-27T11:30:00+01:00')).toBe(60);
    expect(offsetOf('2021-09-17T06:30:00-05:30')).toBe(-330);
    expect(offsetOf('2026-10-02T09:00:00')).toBeNull();
    expect(readWallTime('2026-10-02T09:05:07')).toEqual({
      date: '2026-10-02',
      hour: 9,
      minute: 5,
      second: 7,
    });
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
  });
});
