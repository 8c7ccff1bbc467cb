import { describe, expect, it } from 'vitest';
import { conferenceToday } from './conference-today';

const days = ['2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09'];
const zone = 'America/Chicago';

describe('conferenceToday', () => {
  it('names the conference day the moment falls on in the conference zone', () => {
    expect(conferenceToday(days, Date.parse('2023-11-07T16:45:00-06:00'), zone)).toBe('2023-11-07');
  });

  it('reads the date in the conference zone, not UTC: 11:30 PM Chicago is still that day', () => {
    expect(conferenceToday(days, Date.parse('2023-11-08T23:30:00-06:00'), zone)).toBe('2023-11-08');
  });

  it('is null before and after the conference, and without a moment', () => {
    expect(conferenceToday(days, Date.parse('2023-11-05T23:59:00-06:00'), zone)).toBeNull();
    expect(conferenceToday(days, Date.parse('2023-11-10T00:00:00-06:00'), zone)).toBeNull();
    expect(conferenceToday(days, undefined, zone)).toBeNull();
  });
});
