import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { compareSharedPlan } from './compare-shared-plan';

const talks = [
  makeTalk('late', '16:00', '16:30'),
  makeTalk('early', '09:15', '09:40'),
  makeTalk('noon', '12:00', '12:25'),
  makeTalk('other', '13:00', '13:25'),
];

describe('compareSharedPlan', () => {
  it('lists the shared talks in time order, whatever order the link gave', () => {
    const result = compareSharedPlan(['late', 'early', 'noon'], talks, []);
    expect(result.talks.map((talk) => talk.id)).toEqual(['early', 'noon', 'late']);
  });

  it('marks talks both people picked and offers only the rest to add', () => {
    const result = compareSharedPlan(['late', 'early', 'noon'], talks, ['noon', 'other']);
    expect([...result.alsoMine]).toEqual(['noon']);
    expect(result.toAdd).toEqual(['early', 'late']);
  });

  it('counts ids that are not in the schedule and leaves them out', () => {
    const result = compareSharedPlan(['gone1', 'early', 'gone2'], talks, []);
    expect(result.talks.map((talk) => talk.id)).toEqual(['early']);
    expect(result.unknownCount).toBe(2);
  });

  it('offers nothing when every shared talk is already picked', () => {
    const result = compareSharedPlan(['early', 'late'], talks, ['late', 'early']);
    expect(result.toAdd).toEqual([]);
    expect(result.alsoMine.size).toBe(2);
    expect(result.unknownCount).toBe(0);
  });
});
