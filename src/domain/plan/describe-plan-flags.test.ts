import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { describeClash, describeTightChange } from './describe-plan-flags';

describe('plan flag wording', () => {
  it('names the other talk and the overlap', () => {
    const other = makeTalk('t', '12:15', '12:40', { title: 'Past, Present, Future of Tetragon' });
    expect(describeClash({ other, overlapMinutes: 10 })).toBe(
      'Overlaps with Past, Present, Future of Tetragon by 10 min',
    );
  });

  it('names both events of a tight change', () => {
    const from = makeTalk('c', '10:00', '10:15');
    const to = makeTalk('k', '10:20', '10:40', { column: 'KubeCon + CloudNativeCon' });
    expect(describeTightChange({ from, to, gapMinutes: 5 })).toBe(
      'Tight: 5 min to get from CiliumCon to KubeCon + CloudNativeCon',
    );
  });

  it('says "no time" when one talk ends as the next begins', () => {
    const from = makeTalk('a', '12:10', '12:15', { column: 'ArgoCon' });
    const to = makeTalk('c', '12:15', '12:40');
    expect(describeTightChange({ from, to, gapMinutes: 0 })).toBe(
      'Tight: no time to get from ArgoCon to CiliumCon',
    );
  });
});
