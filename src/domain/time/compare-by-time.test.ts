import { describe, expect, it } from 'vitest';
import { compareByTime } from './compare-by-time';

const item = (title: string, start: string, end: string) => ({ title, start, end });

describe('compareByTime', () => {
  it('orders by start, then by end, then by title', () => {
    const items = [
      item('Late', '2023-11-07T11:00:00-06:00', '2023-11-07T11:30:00-06:00'),
      item('Long', '2023-11-07T10:00:00-06:00', '2023-11-07T12:00:00-06:00'),
      item('Short B', '2023-11-07T10:00:00-06:00', '2023-11-07T10:30:00-06:00'),
      item('Short A', '2023-11-07T10:00:00-06:00', '2023-11-07T10:30:00-06:00'),
    ];
    expect([...items].sort(compareByTime).map((i) => i.title)).toEqual([
      'Short A',
      'Short B',
      'Long',
      'Late',
    ]);
  });

  it('compares instants, not the text of their offsets', () => {
    // 16:00Z is 10:00 in Chicago, so it starts before 10:30 Chicago written with its offset.
    const utc = item('Written in UTC', '2023-11-07T16:00:00Z', '2023-11-07T16:30:00Z');
    const chicago = item(
      'Written in CST',
      '2023-11-07T10:30:00-06:00',
      '2023-11-07T11:00:00-06:00',
    );
    expect([chicago, utc].sort(compareByTime).map((i) => i.title)).toEqual([
      'Written in UTC',
      'Written in CST',
    ]);
  });
});
