import { describe, expect, it } from 'vitest';
import { siteName } from './site-name';

describe('siteName', () => {
  it.each([
    ['https://colocatedeventsna2023.sched.com/event/1Rj0z/from-imagination', 'sched.com'],
    ['https://pretalx.com/denog16/talk/ABCDEF/', 'pretalx.com'],
    ['https://fosdem.org/2026/schedule/event/abc/', 'fosdem.org'],
  ])('%s is on %s', (url, site) => {
    expect(siteName(url)).toBe(site);
  });

  it('names no site for an address that does not parse', () => {
    expect(siteName('not a url')).toBeNull();
  });
});
