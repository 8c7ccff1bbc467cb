import ical from 'ical-generator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPlanCalendar } from './build-plan-calendar';
import {
  fixtureConference as conference,
  fixtureTalks as t,
} from '../../../tests/helpers/calendar-fixtures';
import { insecureCrypto, parseEvents } from '../../../tests/helpers/calendar-test-helpers';

describe('building a calendar outside a secure context', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is needed: ical-generator itself calls crypto.randomUUID even when given a UID', () => {
    vi.stubGlobal('crypto', insecureCrypto());
    expect(() => ical().createEvent({ id: 'given', start: new Date() })).toThrow();
  });

  it('still builds the plan', () => {
    vi.stubGlobal('crypto', insecureCrypto());
    const ics = buildPlanCalendar({
      talks: [t.adobe, t.gitGoingFast],
      conference,
      reminderMinutes: 5,
      now: Date.parse('2023-11-01T00:00:00Z'),
    });
    expect(parseEvents(ics).events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      '1Rj0z@kubecon-na-2023.kubecon-planner',
      '1Rj31@kubecon-na-2023.kubecon-planner',
    ]);
  });
});
