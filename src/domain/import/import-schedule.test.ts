// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureBytes, openSchedule } from '../../../tests/helpers/schedule-fixtures';
import { loadSchedule } from '@/domain/load-schedule';

describe('importSchedule', () => {
  it('gives a schedule the app’s own loader accepts, for every format', () => {
    for (const [path, zone] of [
      ['frab-xml/denog16-pretalx.xml', undefined],
      ['c3voc-json/frab-camp2019.json', undefined],
      ['other/pretalx-widget-devopsdays-lima-2026.json', undefined],
      ['icalendar/pycon-india-2021.ics', undefined],
      ['sessionize/scottish-summit-2026.json', 'Europe/London'],
    ] as const) {
      const result = openSchedule(fixtureBytes(path), { zone });
      if (result.kind !== 'schedule') throw new Error(`${path}: ${result.kind}`);
      expect(() => loadSchedule(result.schedule), path).not.toThrow();
    }
  });

  it('says so when not one event of a file can be read', () => {
    const text = JSON.stringify({
      sessions: [{ id: '1', title: 'Floating', startsAt: null, endsAt: null }],
      speakers: [],
      categories: [],
      rooms: [],
    });
    expect(openSchedule(text, { zone: 'Europe/London' })).toEqual({
      kind: 'problem',
      format: 'sessionize',
      message:
        'This is Sessionize "All data" JSON, but none of its 1 events could be read: "Floating": it is not scheduled yet.',
    });
  });

  it('refuses a zone that is no time zone name rather than guess', () => {
    expect(
      openSchedule(fixtureBytes('sessionize/scottish-summit-2026.json'), { zone: 'Mars/Olympus' }),
    ).toEqual({
      kind: 'problem',
      format: 'sessionize',
      message: '"Mars/Olympus" is not a time zone name such as Europe/Brussels.',
    });
  });

  it('names the conference by its source URL when the file has no acronym', () => {
    const result = openSchedule(fixtureBytes('icalendar/pycon-india-2021.ics'), {
      sourceUrl: 'https://in.pycon.org/2021/schedule.ics',
    });
    expect(result.kind === 'schedule' && result.schedule.conference).toMatchObject({
      id: 'in_2Epycon_2Eorg_2F2021_2Fschedule_2Eics',
      source: { format: 'icalendar', url: 'https://in.pycon.org/2021/schedule.ics' },
    });
  });
});
