import { describe, expect, it } from 'vitest';
import { dayLabel, dayOf, groupByDay } from './conference-day';
import { formatTalkTime } from './format-talk-time';
import { formatTime, formatTimeRange, zoneLabel } from './format-time';

// These run under several machine zones (see vite.config.ts); conference times must not move.
const chicago = 'America/Chicago';
// Intl puts narrow and thin spaces around AM/PM and dashes; compare as plain spaces.
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

describe('conference time whatever the machine zone', () => {
  it('shows a talk at its Chicago wall-clock time', () => {
    expect(plain(formatTime('2023-11-06T09:15:00-06:00', chicago))).toBe('9:15 AM');
    expect(
      plain(formatTimeRange('2023-11-06T12:10:00-06:00', '2023-11-06T12:15:00-06:00', chicago)),
    ).toBe('12:10 – 12:15 PM');
  });

  it('labels the conference zone by city and abbreviation', () => {
    expect(zoneLabel(Date.parse('2023-11-06T18:00:00Z'), chicago)).toBe('Chicago time (CST)');
  });

  it('names the conference days as the tabs do', () => {
    expect(
      ['2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09'].map((d) => dayLabel(d, chicago)),
    ).toEqual(['Mon 6 Nov', 'Tue 7 Nov', 'Wed 8 Nov', 'Thu 9 Nov']);
  });

  it('puts a late-evening talk on its Chicago day, not the UTC one', () => {
    expect(dayOf('2023-11-08T18:15:00-06:00', chicago)).toBe('2023-11-08');
    const groups = groupByDay(
      [{ start: '2023-11-08T18:15:00-06:00' }, { start: '2023-11-06T09:15:00-06:00' }],
      ['2023-11-06', '2023-11-07', '2023-11-08'],
      chicago,
    );
    expect([...groups].map(([day, items]) => [day, items.length])).toEqual([
      ['2023-11-06', 1],
      ['2023-11-07', 0],
      ['2023-11-08', 1],
    ]);
  });
});

describe('another zone on request', () => {
  it('shows Tokyo time with the weekday when the date differs', () => {
    expect(
      plain(
        formatTalkTime(
          '2023-11-06T09:15:00-06:00',
          '2023-11-06T09:40:00-06:00',
          'Asia/Tokyo',
          chicago,
        ),
      ),
    ).toBe('Tue 12:15 – 12:40 AM');
  });

  it('shows Los Angeles time without a weekday on the same date', () => {
    expect(
      plain(
        formatTalkTime(
          '2023-11-06T09:15:00-06:00',
          '2023-11-06T09:40:00-06:00',
          'America/Los_Angeles',
          chicago,
        ),
      ),
    ).toBe('7:15 – 7:40 AM');
  });

  it('writes a talk that runs past midnight with both weekdays, not both dates', () => {
    // Tuesday 8:30–10:00 AM in Chicago is 11:30 PM Tuesday to 1:00 AM Wednesday in Tokyo.
    expect(
      plain(
        formatTalkTime(
          '2023-11-07T08:30:00-06:00',
          '2023-11-07T10:00:00-06:00',
          'Asia/Tokyo',
          chicago,
        ),
      ),
    ).toBe('Tue 11:30 PM – Wed 1:00 AM');
    expect(
      plain(
        formatTimeRange('2023-11-07T08:30:00-06:00', '2023-11-07T10:00:00-06:00', 'Asia/Tokyo'),
      ),
    ).toBe('11:30 PM – Wed 1:00 AM');
  });

  it('names the weekday of a Los Angeles evening that is the next conference day', () => {
    // Tuesday 1:00–2:30 AM in Chicago is still Monday 11:00 PM in Los Angeles.
    expect(
      plain(
        formatTalkTime(
          '2023-11-07T01:00:00-06:00',
          '2023-11-07T02:30:00-06:00',
          'America/Los_Angeles',
          chicago,
        ),
      ),
    ).toBe('Mon 11:00 PM – Tue 12:30 AM');
  });
});
