import { describe, expect, it } from 'vitest';
import { formatTimeUntil } from './format-time-until';

describe('formatTimeUntil', () => {
  it('says minutes, then hours and minutes, within a day', () => {
    expect(formatTimeUntil(40)).toBe('in 40 min');
    expect(formatTimeUntil(75)).toBe('in 1 h 15 min');
    expect(formatTimeUntil(23 * 60 + 59)).toBe('in 23 h 59 min');
  });

  it('says whole days beyond a day', () => {
    expect(formatTimeUntil(24 * 60)).toBe('in 1 day');
    expect(formatTimeUntil(3 * 24 * 60 + 30)).toBe('in 3 days');
  });

  it('says now for less than a minute', () => {
    expect(formatTimeUntil(0)).toBe('now');
  });
});
