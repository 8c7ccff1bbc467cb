// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureBytes, openFixture, openSchedule } from '../../../tests/helpers/schedule-fixtures';
import { detectFormat } from './detect-format';

const text = (path: string) => new TextDecoder().decode(fixtureBytes(path));

describe('detectFormat: from the content, never the file name', () => {
  it.each([
    ['frab-xml/fosdem-2026.xml', 'frab-xml'],
    ['frab-xml/denog16-pretalx.xml', 'frab-xml'],
    ['c3voc-json/frab-camp2019.json', 'schedule-json'],
    ['c3voc-json/pretalx-rc3.json', 'schedule-json'],
    ['other/pretalx-widget-devopsdays-lima-2026.json', 'pretalx-widget'],
    ['icalendar/sched-jococruise-2026.ics', 'icalendar'],
    ['sessionize/global-azure-austria-2023-empty.json', 'sessionize'],
  ])('%s is %s', (path, format) => {
    expect(detectFormat(text(path)).format).toBe(format);
  });

  it('reads pretalx XML whose generator comment comes before <schedule>', () => {
    expect(text('frab-xml/denog16-pretalx.xml').trimStart().startsWith('<?xml')).toBe(true);
    expect(detectFormat('<!-- made by pretalx -->\n<schedule></schedule>').format).toBe('frab-xml');
  });

  it('reads a calendar after a byte order mark and blank lines', () => {
    expect(detectFormat('\uFEFF\r\n\r\nBEGIN:VCALENDAR\r\n').format).toBe('icalendar');
  });

  it('recognises schedule JSON version 2 (flat events)', () => {
    expect(detectFormat(text('c3voc-json/spec/hub-schedule2-example.json')).format).toBe(
      'schedule-json',
    );
  });
});

describe('files that are no schedule', () => {
  it('says the giggity menu is a catalogue of schedule links, not a schedule', () => {
    expect(openFixture('other/giggity-menu.json')).toEqual({
      kind: 'problem',
      format: null,
      message:
        'This is a list of conferences with links to their schedules (a catalogue), not a schedule. Open one of the schedules it links to instead.',
    });
  });

  it('says a web page is a web page', () => {
    expect(openSchedule('<!doctype html><html><body>Schedule</body></html>')).toMatchObject({
      kind: 'problem',
      format: null,
      message: 'This is a web page, not a schedule file.',
    });
  });

  it('names the root of other XML', () => {
    expect(openSchedule('<?xml version="1.0"?><rss></rss>')).toMatchObject({
      message:
        'This XML file is not a frab/Pentabarf schedule: its root element is <rss>, not <schedule>.',
    });
  });

  it('says other JSON has none of the schedule shapes', () => {
    expect(openSchedule('{"hello": "world"}')).toMatchObject({ kind: 'problem', format: null });
  });

  it('says plain text is no schedule in any format it reads', () => {
    expect(openSchedule('Talks: 10:00 Welcome')).toMatchObject({
      kind: 'problem',
      format: null,
      message: expect.stringMatching(
        /^This file is not a schedule in any format the planner reads/,
      ),
    });
  });
});
