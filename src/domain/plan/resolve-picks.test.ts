import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { resolvePicks } from './resolve-picks';

describe('resolvePicks', () => {
  const talks = [makeTalk('late', '11:00', '11:30'), makeTalk('early', '09:00', '09:30')];

  it('returns the starred talks in time order', () => {
    expect(resolvePicks(['late', 'early'], talks).talks.map((t) => t.id)).toEqual([
      'early',
      'late',
    ]);
  });

  it('keeps ids the schedule no longer has apart, in starring order', () => {
    const resolved = resolvePicks(['gone-2', 'late', 'gone-1'], talks);
    expect(resolved.talks.map((t) => t.id)).toEqual(['late']);
    expect(resolved.missingIds).toEqual(['gone-2', 'gone-1']);
  });
});
