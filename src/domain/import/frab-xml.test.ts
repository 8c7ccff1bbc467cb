// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fixtureSchedule,
  openSchedule,
  scheduleFrom,
  talkTitled,
  utcTimes,
} from '../../../tests/helpers/schedule-fixtures';

const fosdem = fixtureSchedule('frab-xml/fosdem-2026.xml');
const debconf = fixtureSchedule('frab-xml/debconf23-wafer.xml');
const denog = fixtureSchedule('frab-xml/denog16-pretalx.xml');

/** A small frab file around the given events and day, for quirks no real file here shows. */
function frab(days: string, conference = '<time_zone_name>Europe/Berlin</time_zone_name>') {
  return `<?xml version="1.0"?>
<schedule>
  <conference><acronym>test</acronym><title>Test</title>${conference}</conference>
  ${days}
</schedule>`;
}

describe('frab XML: FOSDEM 2026', () => {
  it('opens all 1,067 events in 37 rooms over 2 days, in Brussels time', () => {
    expect(fosdem.talks).toHaveLength(1067);
    expect(fosdem.skippedCount).toBe(0);
    expect(fosdem.conference.columns).toHaveLength(37);
    expect(fosdem.conference.days).toEqual(['2026-01-31', '2026-02-01']);
    expect(fosdem.conference.timeZone).toBe('Europe/Brussels');
    expect(fosdem.conference).toMatchObject({
      id: 'fosdem-2026',
      name: 'FOSDEM 2026',
      city: 'Brussels',
    });
    expect(fosdem.conference.source).toEqual({ format: 'frab-xml', url: null });
  });

  it('reads the opening talk exactly: <date>2026-01-31T09:30:00+01:00, duration 00:20', () => {
    const talk = talkTitled(fosdem, 'Welcome to FOSDEM 2026');
    expect(utcTimes(talk)).toEqual(['2026-01-31T08:30:00.000Z', '2026-01-31T08:50:00.000Z']);
    expect(talk).toMatchObject({
      id: '9c3ebb8c-7716-5130-b9fe-ff8544f5636d',
      room: 'Janson',
      column: 'Janson',
      track: 'Main Track',
      day: '2026-01-31',
      speakers: [{ name: 'FOSDEM Staff', affiliation: null }],
      url: 'https://fosdem.org/2026/schedule/event/SFKNTZ-welcome_to_fosdem_2026/',
    });
  });

  it('reads a Sunday BOF exactly: 13:00+01:00 for 00:55 in UA4.222', () => {
    const talk = talkTitled(fosdem, 'WoodpeckerCI User Meetup');
    expect(utcTimes(talk)).toEqual(['2026-02-01T12:00:00.000Z', '2026-02-01T12:55:00.000Z']);
    expect(talk).toMatchObject({ room: 'UA4.222', track: 'BOF/Unconference', day: '2026-02-01' });
  });

  it('keeps escaped HTML abstracts as HTML source, decoded once', () => {
    const talk = talkTitled(fosdem, 'Welcome to FOSDEM 2026');
    expect(talk.abstract).toEqual({
      format: 'html',
      source: '<p>FOSDEM welcome and opening talk.</p>',
    });
  });

  it('reads the title child only, not the <link> and <attachment> titles deeper down', () => {
    expect(fosdem.talks.some((talk) => talk.title === 'Submit Feedback')).toBe(false);
    expect(fosdem.talks.some((talk) => talk.title === 'Chat room(web)')).toBe(false);
  });

  it('keeps the room of the empty UD2.119 wrapper on day 2 without inventing talks', () => {
    expect(fosdem.conference.columns).toContain('UD2.119');
    const day2 = fosdem.talks.filter((t) => t.room === 'UD2.119' && t.day === '2026-02-01');
    expect(day2).toHaveLength(0);
  });
});

describe('frab XML: DebConf23 (wafer)', () => {
  it('opens all 117 events over 8 days in Asia/Kolkata', () => {
    expect(debconf.talks).toHaveLength(117);
    expect(debconf.conference.timeZone).toBe('Asia/Kolkata');
    expect(debconf.conference.days).toHaveLength(8);
  });

  it('trusts <date> (UTC) over <start> (local IST): 12:30Z is 18:00 in Kochi, never 18:00Z', () => {
    const talk = talkTitled(debconf, "A beginner's guide to debian packaging");
    expect(utcTimes(talk)).toEqual(['2023-09-10T12:30:00.000Z', '2023-09-10T13:15:00.000Z']);
    expect(talk.start).toBe('2023-09-10T18:00:00+05:30');
  });

  it('files each event under the local date of its <day> start, not the UTC date in day/@date', () => {
    // <day date="2023-09-09" start="2023-09-09T21:30:00+00:00"> is 10 September in Kochi.
    expect(talkTitled(debconf, "A beginner's guide to debian packaging").day).toBe('2023-09-10');
    // The day trip sits in <day date="2023-09-12">: 13 September in Kochi.
    const trip = talkTitled(debconf, 'Day trip');
    expect(trip.day).toBe('2023-09-13');
    expect(utcTimes(trip)).toEqual(['2023-09-13T05:00:00.000Z', '2023-09-13T13:30:00.000Z']);
  });

  it('reads recording/optout "false" as recorded and events without <persons> as speakerless', () => {
    expect(talkTitled(debconf, "A beginner's guide to debian packaging")).toMatchObject({
      recorded: true,
      speakers: [{ name: 'Ravi Dwivedi', affiliation: null }],
    });
    expect(debconf.talks.filter((t) => t.speakers.length === 0).length).toBeGreaterThanOrEqual(32);
  });
});

describe('frab XML: DENOG16 (pretalx)', () => {
  it('opens all 35 events', () => {
    expect(denog.talks).toHaveLength(35);
    expect(denog.conference.timeZone).toBe('Europe/Berlin');
  });

  it('keeps both slots of duplicate frab id 57249, told apart by guid', () => {
    const slots = denog.talks.filter((t) => t.title === 'Coaching Skills for Managers and Leaders');
    expect(slots.map((t) => t.id)).toEqual([
      'f860f986-b0a9-561f-8a48-6cb64f6b3efb',
      '87aa42bf-a76f-5ebd-81eb-e82f85842583',
    ]);
    expect(slots.map(utcTimes)).toEqual([
      ['2024-11-17T09:00:00.000Z', '2024-11-17T12:00:00.000Z'],
      ['2024-11-17T13:30:00.000Z', '2024-11-17T16:30:00.000Z'],
    ]);
    expect(slots.map((t) => t.recorded)).toEqual([false, false]);
  });

  it('decodes numeric character references in Markdown abstracts and leaves an empty track null', () => {
    const talk = denog.talks.find((t) => t.title === 'Coaching Skills for Managers and Leaders');
    expect(talk?.abstract.format).toBe('markdown');
    expect(talk?.abstract).toMatchObject({ source: expect.stringContaining('it’s easy to jump') });
    expect(talk?.track).toBeNull();
  });
});

describe('frab XML quirks in constructed files', () => {
  it('reads pretalx durations of 24 h and more as D:HH:MM', () => {
    const xml = frab(`<day date="2024-11-17" start="2024-11-17T04:00:00+01:00">
      <room name="Hall"><event guid="g1" id="1"><title>Hackathon</title>
        <date>2024-11-17T10:00:00+01:00</date><duration>1:02:00</duration></event></room></day>`).replace(
      '<schedule>',
      '<schedule><generator name="pretalx"/>',
    );
    const talk = talkTitled(scheduleFrom(xml), 'Hackathon');
    expect(utcTimes(talk)).toEqual(['2024-11-17T09:00:00.000Z', '2024-11-18T11:00:00.000Z']);
  });

  it('keeps an after-midnight event on the day the source files it under', () => {
    const xml = frab(
      `<day date="2024-11-17"><room name="Hall">
        <event guid="late" id="2"><title>Late show</title><start>00:30</start><duration>0:45</duration></event>
        <event guid="early" id="3"><title>Morning</title><start>10:00</start><duration>0:30</duration></event>
      </room></day>`,
      '<time_zone_name>Europe/Berlin</time_zone_name><day_change>04:00</day_change>',
    );
    const schedule = scheduleFrom(xml);
    const late = talkTitled(schedule, 'Late show');
    // 00:30 is before the 04:00 day change: the night after 17 November, 18 Nov 00:30 CET.
    expect(utcTimes(late)).toEqual(['2024-11-17T23:30:00.000Z', '2024-11-18T00:15:00.000Z']);
    expect(late.day).toBe('2024-11-17');
    expect(schedule.conference.days).toEqual(['2024-11-17']);
  });

  it('gives each wall time across a DST change the offset in force then, not one for the event', () => {
    // Europe/Berlin leaves CEST for CET at 03:00 on 27 October 2024.
    const xml = frab(
      `<day date="2024-10-26"><room name="Hall">
        <event guid="sat" id="1"><title>Saturday</title><start>10:00</start><duration>1:00</duration></event>
      </room></day>
      <day date="2024-10-27"><room name="Hall">
        <event guid="sun" id="2"><title>Sunday</title><start>10:00</start><duration>1:00</duration></event>
      </room></day>`,
      '<time_zone_name>Europe/Berlin</time_zone_name>',
    );
    const schedule = scheduleFrom(xml);
    expect(utcTimes(talkTitled(schedule, 'Saturday'))[0]).toBe('2024-10-26T08:00:00.000Z');
    expect(utcTimes(talkTitled(schedule, 'Sunday'))[0]).toBe('2024-10-27T09:00:00.000Z');
    expect(talkTitled(schedule, 'Sunday').start).toBe('2024-10-27T10:00:00+01:00');
  });

  it('prefers the event’s own <room> text to the wrapper and reads events directly under <day>', () => {
    const xml = frab(`<day date="2024-11-17">
      <event guid="bare" id="1"><title>Bare</title><room>Foyer</room><start>09:00</start><duration>0:30</duration></event>
      <room name="Hall 1"><event guid="merged" id="2"><title>Merged</title><room>Hall One</room><start>10:00</start><duration>0:30</duration></event></room>
    </day>`);
    const schedule = scheduleFrom(xml);
    expect(talkTitled(schedule, 'Bare').room).toBe('Foyer');
    expect(talkTitled(schedule, 'Merged').room).toBe('Hall One');
  });

  it('maps a guid-less event to acronym + id, safe for links', () => {
    const xml = frab(`<day date="2024-11-17"><room name="Hall">
      <event id="0"><title>Zero</title><start>09:00</start><duration>0:30</duration></event></room></day>`);
    expect(talkTitled(scheduleFrom(xml), 'Zero').id).toBe('test_2F0');
  });

  it('skips an event with a broken duration, imports the rest and says why', () => {
    const xml = frab(`<day date="2024-11-17"><room name="Hall">
      <event guid="ok" id="1"><title>Fine</title><start>09:00</start><duration>0:30</duration></event>
      <event guid="bad" id="2"><title>Broken</title><start>10:00</start><duration>soon</duration></event>
    </room></day>`);
    const result = openSchedule(xml);
    expect(result.kind).toBe('schedule');
    if (result.kind !== 'schedule') return;
    expect(result.schedule.talks.map((t) => t.title)).toEqual(['Fine']);
    expect(result.skipped).toEqual({
      count: 1,
      reasons: ['"Broken" (day 1): its duration "soon" is not hours and minutes'],
    });
  });

  it('asks for the zone when nothing in the file names one', () => {
    const xml = frab(
      `<day date="2024-11-17"><room name="Hall"><event guid="a" id="1"><title>A</title><start>09:00</start><duration>0:30</duration></event></room></day>`,
      '',
    );
    expect(openSchedule(xml)).toMatchObject({ kind: 'needs-zone', format: 'frab-xml' });
    const answered = scheduleFrom(xml, { zone: 'America/Chicago' });
    expect(utcTimes(talkTitled(answered, 'A'))[0]).toBe('2024-11-17T15:00:00.000Z');
  });

  it('says where malformed XML breaks, naming the format', () => {
    const result = openSchedule(frab('<day date="2024-11-17"><room name="Hall"></day>'));
    expect(result.kind).toBe('problem');
    if (result.kind !== 'problem') return;
    expect(result.format).toBe('frab-xml');
    expect(result.message).toMatch(
      /^This is frab\/Pentabarf schedule XML, but the XML is malformed: /,
    );
    expect(result.message).toMatch(/"room" != "day" at line 4, column \d+\.$/);
  });

  it('says a file cut short is malformed, at its end', () => {
    const full = new TextDecoder().decode(
      new TextEncoder().encode(frab('<day date="2024-11-17"><room name="Hall"></room></day>')),
    );
    const result = openSchedule(full.slice(0, full.indexOf('<room')));
    expect(result).toMatchObject({ kind: 'problem', format: 'frab-xml' });
    if (result.kind === 'problem') expect(result.message).toMatch(/malformed: .*unclosed/i);
  });
});
