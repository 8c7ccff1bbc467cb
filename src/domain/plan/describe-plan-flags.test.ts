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
    const change = { fromPlace: 'CiliumCon', toPlace: 'KubeCon + CloudNativeCon', gapMinutes: 5 };
    expect(describeTightChange(change)).toBe(
      'Tight: 5 min to get from CiliumCon to KubeCon + CloudNativeCon',
    );
  });

  it('names both rooms of a tight change between rooms', () => {
    expect(describeTightChange({ fromPlace: 'Janson', toPlace: 'H.1302', gapMinutes: 3 })).toBe(
      'Tight: 3 min to get from Janson to H.1302',
    );
  });

  it('says "no time" when one talk ends as the next begins', () => {
    expect(describeTightChange({ fromPlace: 'ArgoCon', toPlace: 'CiliumCon', gapMinutes: 0 })).toBe(
      'Tight: no time to get from ArgoCon to CiliumCon',
    );
  });
});
