import { describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { shortUrl } from './short-url';

describe('shortUrl', () => {
  it('drops the scheme and Sched’s title slug, keeping the event id', () => {
    // The Adobe talk's address in the seed.
    const adobe = raw.talks.find((talk) => talk.id === '1Rj0z')!;
    expect(adobe.url).toMatch(/^https:\/\/colocatedeventsna2023\.sched\.com\/event\/1Rj0z\/.+/);
    expect(shortUrl(adobe.url!)).toBe('colocatedeventsna2023.sched.com/event/1Rj0z');
  });

  it('keeps the whole path elsewhere, without www. or a trailing slash', () => {
    expect(shortUrl('https://pretalx.com/denog16/talk/ABC123/')).toBe(
      'pretalx.com/denog16/talk/ABC123',
    );
    expect(shortUrl('https://www.fosdem.org/2026/schedule/event/rust-kernel/')).toBe(
      'fosdem.org/2026/schedule/event/rust-kernel',
    );
  });

  it('keeps a query, which may be what names the talk', () => {
    expect(shortUrl('https://example.org/talk?id=42')).toBe('example.org/talk?id=42');
  });

  it('is null for what is not a web address', () => {
    expect(shortUrl('not a url')).toBeNull();
    expect(shortUrl('javascript:alert(1)')).toBeNull();
  });

  it('leaves a Sched page that is not an event alone', () => {
    expect(shortUrl('https://kccncna2023.sched.com/speaker/liz_rice.1x2')).toBe(
      'kccncna2023.sched.com/speaker/liz_rice.1x2',
    );
  });
});
