import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('keeps integers within both bounds and reaches each of them', () => {
    const random = seededRandom(9);
    const rolls = Array.from({ length: 600 }, () => random.int(1, 6));
    expect(new Set(rolls)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('follows the weights it is given', () => {
    const random = seededRandom(3);
    const picks = Array.from({ length: 1000 }, () =>
      random.weighted([
        ['often', 9],
        ['rarely', 1],
        ['never', 0],
      ] as const),
    );
    const often = picks.filter((p) => p === 'often').length;
    expect(often).toBeGreaterThan(800);
    expect(picks).not.toContain('never');
  });

  it('refuses to pick from an empty list', () => {
    expect(() => seededRandom(1).pick([])).toThrow('empty');
  });
});
