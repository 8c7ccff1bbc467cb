import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it.each([
    [0, 'talk', undefined, '0 talks'],
    [1, 'talk', undefined, '1 talk'],
    [2, 'pick', undefined, '2 picks'],
    [1, 'clash', 'clashes', '1 clash'],
    [4, 'clash', 'clashes', '4 clashes'],
  ])('%i %s → "%s"', (count, noun, plural, words) => {
    expect(formatCount(count, noun, plural)).toBe(words);
  });
});
