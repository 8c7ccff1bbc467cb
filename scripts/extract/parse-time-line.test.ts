// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseTimeLine, timeLineOf } from './parse-time-line';

/** The time line's text when the first block of some markdown is one. */
const timeLineIn = (markdown: string) => {
  const [block] = fromMarkdown(markdown).children;
  return block && timeLineOf(block);
};

const zone = 'America/Chicago';

describe('parseTimeLine', () => {
  it('reads times with a space before am/pm', () => {
    expect(parseTimeLine('Monday, November 6, 2023 • 9:15 am - 9:40 am', 2023, zone)).toEqual({
      start: '2023-11-06T09:15:00-06:00',
      end: '2023-11-06T09:40:00-06:00',
    });
  });

  it('reads times without a space before am/pm, across noon', () => {
    expect(parseTimeLine('Monday, November 6, 2023 • 12:10pm - 12:15pm', 2023, zone)).toEqual({
      start: '2023-11-06T12:10:00-06:00',
      end: '2023-11-06T12:15:00-06:00',
    });
  });

  it('reads mixed spacing in one line', () => {
    expect(parseTimeLine('Thursday, November 9 • 2:55 pm - 3:30pm', 2023, zone)).toEqual({
      start: '2023-11-09T14:55:00-06:00',
      end: '2023-11-09T15:30:00-06:00',
    });
  });

  it('assumes the conference year when the date has none', () => {
    expect(parseTimeLine('Wednesday, November 8 • 5:25 pm - 6:00 pm', 2023, zone).start).toBe(
      '2023-11-08T17:25:00-06:00',
    );
  });

  it('accepts a trailing CST that agrees with the zone', () => {
    expect(parseTimeLine('Thursday, November 9, 2023 • 2:00 pm - 2:35 pm CST', 2023, zone)).toEqual(
      {
        start: '2023-11-09T14:00:00-06:00',
        end: '2023-11-09T14:35:00-06:00',
      },
    );
  });

  it('refuses a zone abbreviation that disagrees with the zone', () => {
    expect(() =>
      parseTimeLine('Thursday, November 9, 2023 • 2:00 pm - 2:35 pm CDT', 2023, zone),
    ).toThrow(/CDT does not match/);
  });

  it('uses the summer offset for a summer date, from Intl rather than a constant', () => {
    expect(parseTimeLine('Monday, July 3, 2023 • 9:00 am - 9:30 am', 2023, zone).start).toBe(
      '2023-07-03T09:00:00-05:00',
    );
  });

  it('refuses a weekday that does not match the date', () => {
    expect(() =>
      parseTimeLine('Tuesday, November 6, 2023 • 9:15 am - 9:40 am', 2023, zone),
    ).toThrow(/is a monday/);
  });

  it('refuses a talk that ends before it starts', () => {
    expect(() => parseTimeLine('Monday, November 6, 2023 • 9:40 am - 9:15 am', 2023, zone)).toThrow(
      /ends before/,
    );
  });
});

describe('timeLineOf', () => {
  it('recognises the bold date line and nothing else', () => {
    expect(timeLineIn('**Monday, November 6, 2023 • 1:30pm - 1:55pm**')).toBe(
      'Monday, November 6, 2023 • 1:30pm - 1:55pm',
    );
    expect(timeLineIn('_October 30th, 2023_')).toBeUndefined();
    expect(timeLineIn('Adobe has trusted Cilium in its production deployments')).toBeUndefined();
    expect(timeLineIn('Monday, November 6, 2023 • 1:30pm - 1:55pm')).toBeUndefined();
    expect(timeLineIn('**Monday, November 6, 2023 • 1:30pm - 1:55pm** and more')).toBeUndefined();
  });
});
