import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it.each([
    [5, '5 min'],
    [45, '45 min'],
    [60, '1 h'],
    [80, '1 h 20 min'],
    [135, '2 h 15 min'],
  ])('writes %i minutes as "%s"', (minutes, words) => {
    expect(formatDuration(minutes)).toBe(words);
  });
});
