import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [5, '5 min'],
    [45, '45 min'],
    [60, '1 h'],
    [80, '1 h 20 min'],
    [135, '2 h 15 min'],
    [310, '5 h 10 min'],
  ])('writes %i minutes as "%s"', (minutes, words) => {
    expect(formatDuration(minutes)).toBe(words);
  });

  it.each([
    [119.6, '2 h'],
    [59.5, '1 h'],
    [89.4, '1 h 29 min'],
    [0.4, '0 min'],
  ])('rounds %f minutes to whole minutes before splitting them: "%s"', (minutes, words) => {
    expect(formatDuration(minutes)).toBe(words);
  });
});
