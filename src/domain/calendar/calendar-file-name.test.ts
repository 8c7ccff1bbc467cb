import { describe, expect, it } from 'vitest';
import { planFileName, talkFileName } from './calendar-file-name';
import {
  fixtureConference as conference,
  fixtureTalks as t,
} from '../../../tests/helpers/calendar-fixtures';

describe('calendar file names', () => {
  it('names the plan after the conference', () => {
    expect(planFileName(conference)).toBe('kubecon-na-2023-my-plan.ics');
  });

  it('names a single talk after its title, in plain lower-case ASCII', () => {
    expect(talkFileName(conference, t.contribfest)).toBe(
      'kubecon-na-2023-contribfest-getting-started-contributing-to-cilium.ics',
    );
    expect(talkFileName(conference, { ...t.keynote, title: 'Cilium’s Zięba ✨' })).toBe(
      'kubecon-na-2023-cilium-s-zieba.ics',
    );
  });

  it('falls back to the talk id when the title has no letters or digits', () => {
    expect(talkFileName(conference, { ...t.keynote, title: '🚀🚀' })).toBe(
      'kubecon-na-2023-1R4Zf.ics',
    );
  });
});
