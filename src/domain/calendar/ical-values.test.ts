import { foldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import type { Conference, Talk } from '@/domain/schedule-schema';
import { fixtureConference, fixtureTalks as t } from '../../../tests/helpers/calendar-fixtures';
import { buildPlanCalendar } from './build-plan-calendar';
import {
  calendarNameOf,
  eventOf,
  parseEvents,
  physicalLineBytes,
  unfold,
} from '../../../tests/helpers/calendar-test-helpers';
import { hasTextEscapedCharacters, rawTextValue, unescapeUriValues, uriValue } from './ical-values';

const trickyName = 'Foo, Bar; Baz\\Qux';
const conference: Conference = { ...fixtureConference, name: trickyName, shortName: trickyName };
const commaTalk: Talk = { ...t.adobe, url: 'https://example.com/talks/a,b;c?day=1,2' };
const longCommaTalk: Talk = {
  ...t.keynote,
  url: `https://example.com/schedule/${'long-slug,'.repeat(12)}end`,
};
const brokenLineTalk: Talk = { ...t.clickhouse, url: 'https://example.com/talks/\nsplit' };

describe('a calendar for a conference whose name and links need escaping, read by ical.js', () => {
  const ics = buildPlanCalendar({
    talks: [commaTalk, longCommaTalk, brokenLineTalk],
    conference,
    reminderMinutes: 0,
    now: Date.parse('2023-11-01T00:00:00Z'),
  });
  const { calendar, events } = parseEvents(ics);

  it('escapes the calendar name, so it reads back whole', () => {
    expect(unfold(ics)).toContain('X-WR-CALNAME:Foo\\, Bar\\; Baz\\\\Qux — my plan');
    expect(unfold(ics)).toContain('NAME:Foo\\, Bar\\; Baz\\\\Qux — my plan');
    expect(calendarNameOf(calendar)).toBe('Foo, Bar; Baz\\Qux — my plan');
  });

  it('writes a calendar name with a line break as one escaped line', () => {
    const named = buildPlanCalendar({
      talks: [t.adobe],
      conference: { ...conference, shortName: 'First line\nSecond line' },
      reminderMinutes: 0,
      now: 0,
    });
    expect(unfold(named)).toContain('X-WR-CALNAME:First line\\nSecond line — my plan');
    expect(calendarNameOf(parseEvents(named).calendar)).toBe('First line\nSecond line — my plan');
  });

  it('writes links with commas and semicolons as they are, since URIs have no escaping', () => {
    expect(unfold(ics)).toContain('URL;VALUE=URI:https://example.com/talks/a,b;c?day=1,2');
    expect(eventOf(events, commaTalk.id).getFirstPropertyValue('url')).toBe(commaTalk.url);
    expect(eventOf(events, longCommaTalk.id).getFirstPropertyValue('url')).toBe(longCommaTalk.url);
  });

  it('drops a line break from a link, as a browser does', () => {
    expect(eventOf(events, brokenLineTalk.id).getFirstPropertyValue('url')).toBe(
      'https://example.com/talks/split',
    );
  });

  it('still folds every line, the long link included, within 75 octets', () => {
    const lines = physicalLineBytes(ics);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(75);
    expect(unfold(ics).filter((line) => line.startsWith('URL;')).length).toBe(3);
    expect(ics).toMatch(/URL;VALUE=URI:https:\/\/example\.com\/schedule\/long-slug,[^\r]*\r\n /);
  });
});

describe('rawTextValue', () => {
  it('escapes backslashes, semicolons, commas and line breaks as RFC 5545 text', () => {
    expect(rawTextValue('Foo, Bar; Baz\\Qux\r\nNext')).toBe('Foo\\, Bar\\; Baz\\\\Qux\\nNext');
  });
});

describe('uriValue', () => {
  it('keeps commas and semicolons, drops line breaks and encodes spaces', () => {
    expect(uriValue('https://example.com/a b,c;d\n?x=1,2')).toBe(
      'https://example.com/a%20b,c;d?x=1,2',
    );
  });

  it('gives null for something that is not a URL', () => {
    expect(uriValue('not a url')).toBeNull();
  });
});

describe('hasTextEscapedCharacters', () => {
  it('spots the commas, semicolons and backslashes ical-generator would escape', () => {
    expect(hasTextEscapedCharacters('https://kccncna2023.sched.com/event/1R2ts')).toBe(false);
    expect(hasTextEscapedCharacters('https://x/a,b')).toBe(true);
    expect(hasTextEscapedCharacters('https://x/a;b')).toBe(true);
    expect(hasTextEscapedCharacters('https://x/?q=a\\b')).toBe(true);
  });
});

describe('unescapeUriValues', () => {
  it('takes the text escaping out of a folded URL line and folds it again', () => {
    const escaped = `URL;VALUE=URI:https://example.com/${'a\\,b\\;'.repeat(20)}end`;
    const ics = `BEGIN:VEVENT\r\n${foldLines(escaped)}\r\nEND:VEVENT\r\n`;
    const expected = `URL;VALUE=URI:https://example.com/${'a,b;'.repeat(20)}end`;
    expect(unescapeUriValues(ics)).toBe(`BEGIN:VEVENT\r\n${foldLines(expected)}\r\nEND:VEVENT\r\n`);
  });

  it('turns an escaped backslash back into one backslash, not two', () => {
    expect(unescapeUriValues('URL;VALUE=URI:https://x/?q=a\\\\,b\r\n')).toBe(
      'URL;VALUE=URI:https://x/?q=a\\,b\r\n',
    );
  });

  it('leaves text properties escaped, even ones that mention a URL', () => {
    const text = 'DESCRIPTION:See\\, URL;VALUE=URI:https://x/a\\,b\r\nSUMMARY:a\\,b\r\n';
    expect(unescapeUriValues(text)).toBe(text);
  });
});
