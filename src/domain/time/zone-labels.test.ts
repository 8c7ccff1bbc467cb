import { describe, expect, it } from 'vitest';
import { ownZoneLabel, timesInLabel, zoneLabel } from './format-time';

// A Monday of the conference, when Chicago is on CST and New York on EST.
const monday = Date.parse('2023-11-06T18:00:00Z');

describe('zone labels', () => {
  it('names a zone by its place and abbreviation', () => {
    expect(zoneLabel(monday, 'America/Chicago')).toBe('Chicago time (CST)');
    expect(ownZoneLabel(monday, 'America/New_York')).toBe('Your time: New York (EST)');
    expect(ownZoneLabel(monday, 'America/Argentina/Buenos_Aires')).toMatch(
      /^Your time: Buenos Aires \(/,
    );
  });

  it('does not repeat a zone that names no place', () => {
    expect(zoneLabel(monday, 'UTC')).toBe('UTC');
    expect(ownZoneLabel(monday, 'UTC')).toBe('Your time (UTC)');
    expect(ownZoneLabel(monday, 'Etc/UTC')).toBe('Your time (UTC)');
  });

  it('reads an Etc offset zone by its real offset, not its inverted id', () => {
    // Etc/GMT+5 is five hours behind UTC.
    expect(zoneLabel(monday, 'Etc/GMT+5')).toBe('GMT-5');
    expect(ownZoneLabel(monday, 'Etc/GMT+5')).toBe('Your time (GMT-5)');
  });

  it('says on paper which zone the times are in', () => {
    expect(timesInLabel(monday, 'America/Chicago')).toBe('Times in Chicago (CST)');
    expect(timesInLabel(monday, 'Asia/Tokyo')).toBe('Times in Tokyo (GMT+9)');
    expect(timesInLabel(monday, 'UTC')).toBe('Times in UTC');
  });
});
