// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fixtureSchedule,
  openFixture,
  openSchedule,
  talkTitled,
  utcTimes,
} from '../../../tests/helpers/schedule-fixtures';

const london = { zone: 'Europe/London' };

describe('Sessionize "All data": Scottish Summit 2026', () => {
  it('asks for the zone: no offset and no zone anywhere in the file', () => {
    expect(openFixture('sessionize/scottish-summit-2026.json')).toEqual({
      kind: 'needs-zone',
      format: 'sessionize',
      message: 'Sessionize files give times without a time zone. Which zone is the conference in?',
    });
  });

  it('with Europe/London given, opens all 61 sessions in 7 rooms over 2 days', () => {
    const summit = fixtureSchedule('sessionize/scottish-summit-2026.json', london);
    expect(summit.talks).toHaveLength(61);
    expect(summit.conference.columns).toEqual([
      'Presidents Suite 1 (150)',
      'Presidents Suite 2 (150)',
      'Moncreiff 1 (33)',
      'Moncreiff 2 (33)',
      'Moncreiff 3 (33)',
      'Cap & Thistle (100)',
      'Centenary Club (100)',
    ]);
    expect(summit.conference.days).toEqual(['2026-10-02', '2026-10-03']);
  });

  it('places wall times in the given zone (BST in October): 09:00 is 08:00Z', () => {
    const summit = fixtureSchedule('sessionize/scottish-summit-2026.json', london);
    const workshop = talkTitled(
      summit,
      'Design and Build a Gamified Onboarding Agent with M365, Copilot and Power Platform Workshop',
    );
    expect(utcTimes(workshop)).toEqual(['2026-10-02T08:00:00.000Z', '2026-10-02T16:00:00.000Z']);
    expect(workshop.room).toBe('Presidents Suite 1 (150)');
  });

  it('trims titles, keeps emoji, resolves the "track" category and speakers by id', () => {
    const summit = fixtureSchedule('sessionize/scottish-summit-2026.json', london);
    const talk = talkTitled(
      summit,
      '🚀 Copilot Cowork in Action: What It Is, How to Get It & What You Can Do With It',
    );
    expect(utcTimes(talk)).toEqual(['2026-10-03T10:15:00.000Z', '2026-10-03T11:00:00.000Z']);
    expect(talk).toMatchObject({
      id: '1195398',
      room: 'Moncreiff 2 (33)',
      track: 'Copilot + Agents',
      url: null,
    });
    expect(talk.abstract.format).toBe('text');
  });

  it('the same file in another zone gives other instants: the zone is never the machine’s', () => {
    const chicago = fixtureSchedule('sessionize/scottish-summit-2026.json', {
      zone: 'America/Chicago',
    });
    expect(utcTimes(chicago.talks[0]!)[0]).toBe('2026-10-02T14:00:00.000Z');
  });

  it('skips an unscheduled session and says why', () => {
    const text = JSON.stringify({
      sessions: [
        {
          id: '1',
          title: 'Placed',
          startsAt: '2026-10-02T09:00:00',
          endsAt: '2026-10-02T09:30:00',
          speakers: [],
          categoryItems: [],
          roomId: null,
        },
        {
          id: '2',
          title: 'Floating',
          startsAt: null,
          endsAt: null,
          speakers: [],
          categoryItems: [],
          roomId: null,
        },
      ],
      speakers: [],
      categories: [],
      rooms: [],
    });
    expect(openSchedule(text, london)).toMatchObject({
      kind: 'schedule',
      skipped: { count: 1, reasons: ['"Floating": it is not scheduled yet'] },
    });
  });
});

describe('Sessionize: the empty Global Azure Austria 2023 response', () => {
  it('says it has no talks, without asking for a zone', () => {
    expect(openFixture('sessionize/global-azure-austria-2023-empty.json')).toEqual({
      kind: 'empty',
      format: 'sessionize',
      message: 'This Sessionize "All data" JSON file has no talks in it.',
    });
  });
});
