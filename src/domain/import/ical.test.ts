// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fixtureSchedule,
  openSchedule,
  scheduleFrom,
  talkTitled,
  utcTimes,
} from '../../../tests/helpers/schedule-fixtures';

const fosdem = fixtureSchedule('icalendar/fosdem-2026.ics');
const lca = fixtureSchedule('icalendar/linux-conf-au-2020.ics');
const pycon = fixtureSchedule('icalendar/pycon-india-2021.ics');
const sched = fixtureSchedule('icalendar/sched-jococruise-2026.ics');

/** A calendar around the given lines, CRLF-ended as RFC 5545 asks. */
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join(
    '\r\n',
  );

const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

describe('iCalendar: FOSDEM 2026', () => {
  it('opens all 1,067 VEVENTs in 37 locations over 2 days', () => {
    expect(fosdem.talks).toHaveLength(1067);
    expect(fosdem.skippedCount).toBe(0);
    expect(fosdem.conference.columns).toHaveLength(37);
    expect(fosdem.conference.days).toEqual(['2026-01-31', '2026-02-01']);
  });

  it('reads floating times in X-WR-TIMEZONE (Europe/Brussels), ignoring the bogus TZID:Europe-Brussels property', () => {
    expect(fosdem.conference.timeZone).toBe('Europe/Brussels');
    const talk = talkTitled(fosdem, 'Introduction to Local First & Welcome to our devroom');
    // DTSTART:20260201T090000, DTEND:20260201T090500, Brussels = UTC+1 in February.
    expect(utcTimes(talk)).toEqual(['2026-02-01T08:00:00.000Z', '2026-02-01T08:05:00.000Z']);
    expect(talk.room).toBe('K.3.201');
  });

  it('rejoins CATEGORIES with unescaped commas into one track', () => {
    const talk = talkTitled(fosdem, 'Introduction to Local First & Welcome to our devroom');
    expect(talk.track).toBe('Local-First, sync engines, CRDTs');
  });

  it('mends the one-slash URLs (https:/fosdem.org/…) of every event', () => {
    const talk = talkTitled(fosdem, 'Introduction to Local First & Welcome to our devroom');
    expect(talk.url).toBe('https://fosdem.org/2026/schedule/event/TDGH7X-local-first/');
    expect(fosdem.talks.every((t) => t.url?.startsWith('https://fosdem.org/2026/'))).toBe(true);
  });

  it('reads speakers from ATTENDEE;CN=', () => {
    const talk = talkTitled(fosdem, 'Introduction to Local First & Welcome to our devroom');
    expect(talk.speakers.map((s) => s.name)).toEqual(['Niko Bonnieure', 'Yousef El-Dardiry']);
  });

  it('agrees with the frab XML of the same download on the opening talk', () => {
    const talk = talkTitled(fosdem, 'Welcome to FOSDEM 2026');
    expect(utcTimes(talk)).toEqual(['2026-01-31T08:30:00.000Z', '2026-01-31T08:50:00.000Z']);
  });
});

describe('iCalendar: linux.conf.au 2020', () => {
  it('opens all 262 events, 17 of them without a LOCATION', () => {
    expect(lca.talks).toHaveLength(262);
    expect(lca.talks.filter((t) => t.room === null)).toHaveLength(17);
  });

  it('resolves TZID=Australia/Brisbane without a VTIMEZONE through Intl (UTC+10)', () => {
    expect(lca.conference.timeZone).toBe('Australia/Brisbane');
    // UID:94, DTSTART;TZID=Australia/Brisbane:20200115T090000, DTEND …T091000.
    const talk = talkTitled(lca, 'Wednesday Welcome');
    expect(utcTimes(talk)).toEqual(['2020-01-14T23:00:00.000Z', '2020-01-14T23:10:00.000Z']);
    expect(talk.day).toBe('2020-01-15');
    expect(talk.start).toBe('2020-01-15T09:00:00+10:00');
  });

  it('takes the speaker from "Speaker:" in DESCRIPTION and keeps the talk’s own URL', () => {
    expect(talkTitled(lca, 'Wednesday Welcome')).toMatchObject({
      speakers: [{ name: 'Joel Addison', affiliation: null }],
      room: 'Arena',
      url: 'http://lca2020.linux.org.au/schedule/presentation/221/',
    });
  });

  it('keeps a LOCATION listing several rooms as written, escaped commas unescaped', () => {
    const changeovers = lca.talks.filter((t) => t.title === 'Main Conference: room changeover');
    expect(changeovers.map((t) => t.room)).toContain('Arena, Room 8, Room 5, Room 6, Room 7');
  });

  it('keeps HTML descriptions as HTML with their relative links, for the UI to resolve', () => {
    const breakfast = lca.talks.find((t) => t.start === '2020-01-14T07:00:00+10:00');
    expect(breakfast?.abstract.format).toBe('html');
    expect(breakfast?.abstract).toMatchObject({
      source: expect.stringContaining(
        '<a href="/programme/events/#woot-breakfast">Women of Open Technology Breakfast</a>, Presented by ThoughtWorks',
      ),
    });
  });
});

describe('iCalendar: PyCon India 2021', () => {
  it('opens all 60 events, ending them at DTSTART + DURATION:PT30M', () => {
    expect(pycon.talks).toHaveLength(60);
    const talk = talkTitled(pycon, 'No Code Platform powered by Python & Django - Bhagvan Kommadi');
    expect(utcTimes(talk)).toEqual(['2021-09-19T10:30:00.000Z', '2021-09-19T11:00:00.000Z']);
    expect(talk.speakers).toEqual([{ name: 'Bhagvan Kommadi', affiliation: null }]);
    expect(talk.room).toBeNull();
  });

  it('maps UIDs with fake domains into safe ids', () => {
    const talk = talkTitled(pycon, 'No Code Platform powered by Python & Django - Bhagvan Kommadi');
    expect(talk.id).toBe('d610ded0-954a-40ae-b507-c96cc097a9c0_40d610_2Eorg');
  });
});

describe('iCalendar: Sched (JoCo Cruise 2026)', () => {
  it('opens all 489 events, LF line ends and 1,000-character lines included', () => {
    expect(sched.talks).toHaveLength(489);
    expect(sched.conference.timeZone).toBe('UTC');
  });

  it('keeps an 18-hour theme day and a zero-length event', () => {
    const theme = talkTitled(sched, 'Theme: Welcome, New Cruisers!');
    expect(utcTimes(theme)).toEqual(['2026-03-21T13:00:00.000Z', '2026-03-22T07:00:00.000Z']);
    const opening = talkTitled(sched, 'Game Library Grand Opening');
    expect(utcTimes(opening)).toEqual(['2026-03-22T00:00:00.000Z', '2026-03-22T00:00:00.000Z']);
    expect(opening.room).toBe('Upper Main Dining Room, Deck 3, Aft');
    expect(opening.track).toBe('GAMING');
  });
});

describe('iCalendar quirks in constructed files', () => {
  it('unfolds lines on the bytes, so a character folded in the middle survives', () => {
    const text = calendar(
      'X-WR-TIMEZONE:Europe/Warsaw',
      event('UID:a@x', 'DTSTART:20240301T100000', 'DTEND:20240301T103000', 'SUMMARY:Zi\u0119ba'),
    );
    const bytes = new TextEncoder().encode(text);
    // "ę" is C4 99 in UTF-8: fold between its two bytes, as producers folding at 75 octets do.
    const at = bytes.indexOf(0x99);
    const folded = new Uint8Array([...bytes.slice(0, at), 0x0d, 0x0a, 0x20, ...bytes.slice(at)]);
    const talk = scheduleFrom(folded).talks[0];
    expect(talk?.title).toBe('Zięba');
    expect(talk?.title).not.toContain('\uFFFD');
  });

  it('asks for the zone when times float and no X-WR-TIMEZONE names one', () => {
    const text = calendar(
      event('UID:a@x', 'DTSTART:20240301T100000', 'DTEND:20240301T103000', 'SUMMARY:A'),
    );
    expect(openSchedule(text)).toMatchObject({ kind: 'needs-zone', format: 'icalendar' });
    const answered = scheduleFrom(text, { zone: 'Asia/Tokyo' });
    expect(utcTimes(answered.talks[0]!)[0]).toBe('2024-03-01T01:00:00.000Z');
  });

  it('uses a VTIMEZONE the file describes when its TZID is no IANA name', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Conference Time',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
      event(
        'UID:a@x',
        'DTSTART;TZID=Conference Time:20240301T100000',
        'DURATION:PT1H',
        'SUMMARY:A',
      ),
    );
    expect(utcTimes(scheduleFrom(text).talks[0]!)).toEqual([
      '2024-03-01T07:00:00.000Z',
      '2024-03-01T08:00:00.000Z',
    ]);
  });

  it('keeps every VEVENT of a repeated UID, each with its own id from the UID and start', () => {
    const text = calendar(
      event('UID:same@x', 'DTSTART:20240301T100000Z', 'DURATION:PT1H', 'SUMMARY:Repeated'),
      event('UID:same@x', 'DTSTART:20240302T100000Z', 'DURATION:PT1H', 'SUMMARY:Repeated'),
    );
    const ids = scheduleFrom(text).talks.map((t) => t.id);
    expect(ids).toEqual([
      'same_40x_402024-03-01T10_3A00_3A00_2E000Z',
      'same_40x_402024-03-02T10_3A00_3A00_2E000Z',
    ]);
  });

  it('gives each wall time across a DST change its own offset (New York, 10 March 2024)', () => {
    const text = calendar(
      event(
        'UID:a@x',
        'DTSTART;TZID=America/New_York:20240309T100000',
        'DURATION:PT1H',
        'SUMMARY:Saturday',
      ),
      event(
        'UID:b@x',
        'DTSTART;TZID=America/New_York:20240310T100000',
        'DURATION:PT1H',
        'SUMMARY:Sunday',
      ),
    );
    const schedule = scheduleFrom(text);
    expect(utcTimes(talkTitled(schedule, 'Saturday'))[0]).toBe('2024-03-09T15:00:00.000Z');
    expect(utcTimes(talkTitled(schedule, 'Sunday'))[0]).toBe('2024-03-10T14:00:00.000Z');
  });

  it('skips an event without DTSTART, imports the rest and says why', () => {
    const text = calendar(
      event('UID:a@x', 'DTSTART:20240301T100000Z', 'DURATION:PT1H', 'SUMMARY:Kept'),
      event('UID:b@x', 'SUMMARY:No time'),
    );
    const result = openSchedule(text);
    expect(result).toMatchObject({
      kind: 'schedule',
      skipped: { count: 1, reasons: ['"No time": it has no start (DTSTART)'] },
    });
  });

  it('says where a calendar cut short stops', () => {
    const text = calendar(
      event('UID:a@x', 'DTSTART:20240301T100000Z', 'DURATION:PT1H', 'SUMMARY:A'),
    );
    const cut = text.slice(0, text.indexOf('SUMMARY'));
    const result = openSchedule(cut);
    expect(result).toEqual({
      kind: 'problem',
      format: 'icalendar',
      message:
        'This is iCalendar (.ics), but it is cut short: the event that begins at line 4 never ends, and END:VCALENDAR is missing.',
    });
  });
});
