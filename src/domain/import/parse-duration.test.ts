import { describe, expect, it } from 'vitest';
import { durationMinutes } from './parse-duration';

describe('durationMinutes', () => {
  it('reads H:MM, HH:MM and HH:MM:SS', () => {
    expect(durationMinutes('0:30')).toBe(30);
    expect(durationMinutes('08:30')).toBe(510);
    expect(durationMinutes('01:30:00')).toBe(90);
  });

  it('reads pretalx’s three parts as days, hours and minutes when told so', () => {
    expect(durationMinutes('1:02:00', { threePartsMeanDays: true })).toBe(1560);
    expect(durationMinutes('1:02:00')).toBe(62);
  });

  it('refuses what is not a duration, saying what it got', () => {
    expect(() => durationMinutes('soon')).toThrow('its duration "soon" is not hours and minutes');
    expect(() => durationMinutes('30')).toThrow(/not hours and minutes/);
  });
});
