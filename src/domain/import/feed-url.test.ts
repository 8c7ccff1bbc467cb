import { describe, expect, it } from 'vitest';
import { feedUrl } from './feed-url';

// Expected feeds are entries of the real catalogue ../shared/schedules/other/giggity-menu.json.
describe('feedUrl', () => {
  it.each([
    [
      'https://pretalx.com/pycon-au-2025/',
      'https://pretalx.com/pycon-au-2025/schedule/export/schedule.xml',
    ],
    [
      'https://pretalx.jdll.org/jdll2025/talk/ABC123/',
      'https://pretalx.jdll.org/jdll2025/schedule/export/schedule.xml',
    ],
    [
      'https://cfp.example.org/eh23/schedule/',
      'https://cfp.example.org/eh23/schedule/export/schedule.xml',
    ],
    ['https://osseu2025.sched.com/', 'https://osseu2025.sched.com/all.ics'],
    [
      'https://ossjapan2025.sched.com/event/1xyz/some-talk',
      'https://ossjapan2025.sched.com/all.ics',
    ],
    ['https://fosdem.org/2026/schedule/', 'https://fosdem.org/2026/schedule/xml'],
    ['https://fosdem.org/2026/', 'https://fosdem.org/2026/schedule/xml'],
  ])('a pasted page %s leads to its feed', (pasted, expected) => {
    expect(feedUrl(pasted)).toEqual({ kind: 'feed', url: expected });
  });

  it.each([
    'https://pretalx.linuxtage.at/glt26/schedule.xml',
    'https://fahrplan.events.ccc.de/congress/2024/fahrplan/schedule.json',
    'https://fosdem.org/2026/schedule/xml',
  ])('a feed named by its file stays as it is: %s', (pasted) => {
    expect(feedUrl(pasted)).toEqual({ kind: 'feed', url: pasted });
  });

  it('refuses text that is no web address, and other schemes, in plain words', () => {
    expect(feedUrl('schedule please')).toMatchObject({ kind: 'problem' });
    expect(feedUrl('javascript:alert(1)')).toEqual({
      kind: 'problem',
      message: 'Only http and https addresses can be loaded.',
    });
  });
});
