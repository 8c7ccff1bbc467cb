import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { diffSchedules } from '@/domain/schedule-changes/diff-schedules';
import { reviseTalks, revisionOf } from './talk-revisions';

const a = makeTalk('a', '09:00', '09:30');
const b = { ...makeTalk('b', '10:00', '10:30'), room: 'Hall A' };
const c = makeTalk('c', '11:00', '11:30');
const aLater = { ...a, start: '2023-11-06T09:30:00-06:00', end: '2023-11-06T10:00:00-06:00' };

describe('reviseTalks', () => {
  it('raises each changed talk by one, and no other', () => {
    const changes = diffSchedules([a, b, c], [aLater, { ...b, room: 'Hall B' }]);
    expect(reviseTalks({ c: 4, untouched: 2 }, changes)).toEqual({
      a: 1,
      b: 1,
      c: 5,
      untouched: 2,
    });
  });

  it('raises a talk that both moved and changed room only once', () => {
    const both = { ...b, room: 'Hall B', start: '2023-11-06T10:15:00-06:00' };
    expect(reviseTalks({ b: 1 }, diffSchedules([b], [both]))).toEqual({ b: 2 });
  });

  it('raises a talk that comes back past the revision of its cancellation', () => {
    const cancelled = reviseTalks({}, diffSchedules([a, c], [a]));
    expect(cancelled).toEqual({ c: 1 });
    expect(reviseTalks(cancelled, diffSchedules([a], [a, c]))).toEqual({ c: 2 });
  });

  it('changes nothing when nothing changed, and never alters the revisions it is given', () => {
    const revisions = { a: 3 };
    expect(reviseTalks(revisions, diffSchedules([a], [a]))).toEqual({ a: 3 });
    expect(reviseTalks(revisions, diffSchedules([a], [aLater]))).toEqual({ a: 4 });
    expect(revisions).toEqual({ a: 3 });
  });
});

describe('revisionOf', () => {
  it('reads 0 for a talk without a revision, or with a value that is not one', () => {
    expect(revisionOf(undefined, 'a')).toBe(0);
    expect(revisionOf({ a: 2 }, 'b')).toBe(0);
    expect(revisionOf({ a: -1, b: 1.5, c: Number.NaN }, 'a')).toBe(0);
    expect(revisionOf({ a: 2 }, 'a')).toBe(2);
  });
});
