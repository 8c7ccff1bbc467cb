import { describe, expect, it } from 'vitest';
import { ownZoneLabel, zoneLabel } from './format-time';

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
});
