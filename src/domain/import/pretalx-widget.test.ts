// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureSchedule, talkTitled, utcTimes } from '../../../tests/helpers/schedule-fixtures';
import { textOf } from './pretalx-widget';

const URL = 'https://talks.devopsdays.org/devopsdays-lima-2026/schedule/widgets/schedule.json';
const lima = fixtureSchedule('other/pretalx-widget-devopsdays-lima-2026.json');

describe('pretalx widget JSON: DevOpsDays Lima 2026', () => {
  it('opens all 112 entries (96 talks, 16 breaks) in 6 rooms over 2 days in America/Lima', () => {
    expect(lima.talks).toHaveLength(112);
    expect(lima.conference.columns).toHaveLength(6);
    expect(lima.conference.days).toEqual(['2026-08-27', '2026-08-28']);
    expect(lima.conference.timeZone).toBe('America/Lima');
  });

  it('reads a talk exactly: code as id, speaker and i18n room and track names', () => {
    const talk = talkTitled(lima, 'The Agentic SDLC Platform');
    expect(utcTimes(talk)).toEqual(['2026-08-27T14:00:00.000Z', '2026-08-27T14:30:00.000Z']);
    expect(talk).toMatchObject({
      id: 'CKSUAW',
      room: 'Puruchuco - Principal',
      track: 'Platform Engineering & DevOps',
      speakers: [{ name: 'Erik Zaadi', affiliation: null }],
    });
  });

  it('reads a break’s UTC start (Z) and local end (-05:00) both as instants, in the right order', () => {
    // "start": "2026-08-27T15:50:00Z", "end": "2026-08-27T11:10:00-05:00" = 16:10Z.
    const breaks = lima.talks.filter((t) => t.title === 'Break' && t.room === 'Armatambo');
    const first = breaks.find((t) => utcTimes(t)[0] === '2026-08-27T15:50:00.000Z');
    expect(first && utcTimes(first)).toEqual([
      '2026-08-27T15:50:00.000Z',
      '2026-08-27T16:10:00.000Z',
    ]);
    expect(first?.start).toBe('2026-08-27T10:50:00-05:00');
  });

  it('names breaks by their English i18n title', () => {
    // 16 breaks have no code; 5 of them are titled {"en":"Break","es":"Receso"}.
    expect(lima.talks.filter((t) => t.id.startsWith('slot-'))).toHaveLength(16);
    expect(lima.talks.filter((t) => t.title === 'Break')).toHaveLength(5);
    expect(lima.talks.some((t) => t.title === 'Receso')).toBe(false);
    expect(textOf({ es: 'Receso' })).toBe('Receso');
  });

  it('links each talk to its pretalx page when the file’s address is known', () => {
    const fromUrl = fixtureSchedule('other/pretalx-widget-devopsdays-lima-2026.json', {
      sourceUrl: URL,
    });
    expect(talkTitled(fromUrl, 'The Agentic SDLC Platform').url).toBe(
      'https://talks.devopsdays.org/devopsdays-lima-2026/talk/CKSUAW/',
    );
    expect(fromUrl.conference).toMatchObject({
      id: 'devopsdays-lima-2026',
      source: { format: 'pretalx-widget', url: URL },
    });
    expect(talkTitled(lima, 'The Agentic SDLC Platform').url).toBeNull();
  });
});
