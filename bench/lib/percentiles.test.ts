import { describe, expect, it } from 'vitest';
import { median, percentile, roundMs } from './percentiles';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('takes the nearest rank, whatever order the samples come in', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('rounds the rank up on short lists', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(median([7])).toBe(7);
  });

  it('refuses an empty list and a percentile out of range', () => {
    expect(() => percentile([], 50)).toThrow('no samples');
    expect(() => percentile([1], 0)).toThrow('(0, 100]');
  });
});

describe('roundMs', () => {
  it('keeps one decimal', () => {
    expect(roundMs(12.345)).toBe(12.3);
    expect(roundMs(0.06)).toBe(0.1);
  });
});
