import { describe, expect, it } from 'vitest';

// Minutes behind UTC on 1 January 1970 for each zone the time projects run under.
const expectedOffsets: Record<string, number> = {
  'Asia/Tokyo': -540,
  'America/Los_Angeles': 480,
};

describe('the machine zone of this test run', () => {
  it('is the zone the project asked for', () => {
    const zone = process.env.TZ ?? '';
    expect(Object.keys(expectedOffsets)).toContain(zone);
    expect(new Date(0).getTimezoneOffset()).toBe(expectedOffsets[zone]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
