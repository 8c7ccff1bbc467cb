// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fixtureBytes,
  fixtureSchedule,
  openSchedule,
  talkTitled,
  utcTimes,
} from '../../../tests/helpers/schedule-fixtures';

const camp = fixtureSchedule('c3voc-json/frab-camp2019.json');
const rc3 = fixtureSchedule('c3voc-json/pretalx-rc3.json');

describe('schedule JSON: Chaos Communication Camp 2019 (frab)', () => {
  it('opens all 79 events on 2 stages over 5 days in Europe/Berlin', () => {
    expect(camp.talks).toHaveLength(79);
    expect(camp.conference.columns).toEqual(['Curie', 'Meitner']);
    expect(camp.conference.days).toEqual([
      '2019-08-21',
      '2019-08-22',
      '2019-08-23',
      '2019-08-24',
      '2019-08-25',
    ]);
    expect(camp.conference).toMatchObject({ id: 'Camp2019', timeZone: 'Europe/Berlin' });
  });

  it('reads the opening exactly: 11:00+02:00 for 00:30, frab persons by public_name', () => {
    const talk = talkTitled(camp, 'Opening Ceremony');
    expect(utcTimes(talk)).toEqual(['2019-08-21T09:00:00.000Z', '2019-08-21T09:30:00.000Z']);
    expect(talk).toMatchObject({
      id: 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4',
      room: 'Curie',
      track: 'CCC',
      recorded: true,
      speakers: [
        { name: 'jinxx', affiliation: null },
        { name: 'smtw', affiliation: null },
      ],
      url: 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html',
    });
  });

  it('keeps an event that crosses midnight on its day: 23:00 for 01:30', () => {
    const talk = talkTitled(camp, 'Achtung, Datenpannen!');
    expect(utcTimes(talk)).toEqual(['2019-08-22T21:00:00.000Z', '2019-08-22T22:30:00.000Z']);
    expect(talk.day).toBe('2019-08-22');
  });
});

describe('schedule JSON: rC3 Channels 2020 (pretalx)', () => {
  it('opens all 48 events in 5 rooms over 4 days', () => {
    expect(rc3.talks).toHaveLength(48);
    expect(rc3.conference.columns).toHaveLength(5);
    expect(rc3.conference.days).toHaveLength(4);
  });

  it('with no time_zone_name, takes the zone from the offsets (+01:00)', () => {
    expect(rc3.conference.timeZone).toBe('Etc/GMT-1');
    const talk = talkTitled(rc3, 'Der faule Admin automatisiert: Gluon auf echter Hardware testen');
    expect(utcTimes(talk)).toEqual(['2020-12-27T10:30:00.000Z', '2020-12-27T11:10:00.000Z']);
    expect(talk.start).toBe('2020-12-27T11:30:00+01:00');
  });

  it('a zone the person gives is used instead of a bare offset', () => {
    const withZone = fixtureSchedule('c3voc-json/pretalx-rc3.json', { zone: 'Europe/Berlin' });
    expect(withZone.conference.timeZone).toBe('Europe/Berlin');
    const talk = talkTitled(
      withZone,
      'Der faule Admin automatisiert: Gluon auf echter Hardware testen',
    );
    expect(utcTimes(talk)[0]).toBe('2020-12-27T10:30:00.000Z');
  });

  it('keeps room names with Unicode and slashes', () => {
    const talk = talkTitled(rc3, 'Chaostrawler test');
    expect(talk.room).toBe('ChaosTrawler Stubnitz/Gängeviertel Hamburg');
    expect(utcTimes(talk)).toEqual(['2020-12-28T10:20:00.000Z', '2020-12-28T12:30:00.000Z']);
  });

  it('reads do_not_record: true as not recorded (3 events)', () => {
    expect(rc3.talks.filter((t) => t.recorded === false)).toHaveLength(3);
  });

  it('keeps pretalx Markdown abstracts as Markdown', () => {
    const talk = talkTitled(rc3, 'Der faule Admin automatisiert: Gluon auf echter Hardware testen');
    expect(talk.abstract.format).toBe('markdown');
    expect(talk.abstract).toMatchObject({
      source: expect.stringContaining('[Gluon](https://gluon.readthedocs.io/)'),
    });
  });
});

describe('schedule JSON problems', () => {
  it('says a file cut short is broken JSON, names the format and the place', () => {
    const text = new TextDecoder().decode(fixtureBytes('c3voc-json/frab-camp2019.json'));
    const result = openSchedule(text.slice(0, 5000));
    expect(result.kind).toBe('problem');
    expect(result).toMatchObject({ format: 'schedule-json' });
    if (result.kind === 'problem') {
      expect(result.message).toMatch(
        /^This looks like pretalx\/frab\/c3voc schedule JSON, but the JSON is broken: .*\(line \d+, column \d+, at the very end: the file is cut short\)\.$/,
      );
    }
  });

  it('says which field is missing when the shape is wrong', () => {
    const result = openSchedule(
      JSON.stringify({ schedule: { conference: { acronym: 'x', title: 'X' } } }),
    );
    expect(result).toEqual({
      kind: 'problem',
      format: 'schedule-json',
      message:
        'This is pretalx/frab/c3voc schedule JSON, but schedule.conference.days: it is missing.',
    });
  });

  it('skips an event without a date and imports the rest', () => {
    const day = (events: unknown[]) => ({ date: '2024-01-01', rooms: { Hall: events } });
    const good = {
      guid: 'g1',
      title: 'Good',
      date: '2024-01-01T10:00:00+01:00',
      duration: '00:30',
    };
    const bad = { guid: 'g2', title: 'Undated', duration: '00:30' };
    const text = JSON.stringify({
      schedule: {
        conference: {
          acronym: 'x',
          title: 'X',
          time_zone_name: 'Europe/Berlin',
          days: [day([good, bad])],
        },
      },
    });
    expect(openSchedule(text)).toMatchObject({
      kind: 'schedule',
      skipped: { count: 1, reasons: ['"Undated" (day 1): date: it is missing'] },
    });
  });
});

describe('schedule JSON version 2 (the CCC hub example in the spec folder)', () => {
  const hub = fixtureSchedule('c3voc-json/spec/hub-schedule2-example.json');

  it('opens both flat events, rooms and tracks by name, speakers without contributors', () => {
    expect(hub.talks).toHaveLength(2);
    expect(hub.conference).toMatchObject({ id: '38c3', name: '38C3', timeZone: 'Europe/Berlin' });
    const opening = talkTitled(hub, '38C3: Opening Ceremony');
    expect(utcTimes(opening)).toEqual(['2024-12-27T09:30:00.000Z', '2024-12-27T10:00:00.000Z']);
    expect(opening).toMatchObject({
      id: '270fa44c-821a-577f-8ca3-33e8d4a8c2a7',
      room: 'Saal 1',
      track: 'CCC',
      speakers: [
        { name: 'Gabriela Bogk', affiliation: null },
        { name: 'Aline Blankertz', affiliation: null },
      ],
    });
  });

  it('files a talk at 00:15 on the local date it starts, having no days to say otherwise', () => {
    const late = talkTitled(hub, 'A Competitive Time-Trial AI for Need for Speed:');
    expect(utcTimes(late)).toEqual(['2024-12-27T23:15:00.000Z', '2024-12-27T23:55:00.000Z']);
    expect(late.day).toBe('2024-12-28');
    expect(late.track).toBe('Hardware & Making');
  });
});
