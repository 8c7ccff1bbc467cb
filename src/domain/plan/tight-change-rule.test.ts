import { describe, expect, it } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { findTightChanges } from './find-tight-changes';
import { tightChangeRule, walkingMinutesFrom } from './tight-change-rule';

const preferences = { eventThresholdMinutes: 10, walkingMinutes: 3 };

describe('tightChangeRule', () => {
  const talks = [
    makeTalk('a', '10:00', '10:25', { column: 'Janson', room: 'Janson' }),
    makeTalk('b', '10:30', '11:00', { column: 'H.1302', room: 'H.1302' }),
  ];

  it('measures an imported schedule between rooms against the walking time', () => {
    const rule = tightChangeRule('room', preferences);
    expect(rule.minutes).toBe(3);
    // 5 min to walk, 3 needed: not tight.
    expect(findTightChanges(talks, rule.minutes, rule.placeOf)).toEqual([]);
    const slower = tightChangeRule('room', { ...preferences, walkingMinutes: 8 });
    expect(findTightChanges(talks, slower.minutes, slower.placeOf)).toMatchObject([
      { fromPlace: 'Janson', toPlace: 'H.1302', gapMinutes: 5 },
    ]);
  });

  it('measures the bundled schedule between events against the warning threshold', () => {
    const rule = tightChangeRule('event', preferences);
    expect(rule.minutes).toBe(10);
    const bundled = [
      makeTalk('c', '09:50', '10:15', { column: 'CiliumCon' }),
      makeTalk('k', '10:20', '11:00', { column: 'ArgoCon' }),
    ];
    expect(findTightChanges(bundled, rule.minutes, rule.placeOf)).toMatchObject([
      { fromPlace: 'CiliumCon', toPlace: 'ArgoCon', gapMinutes: 5 },
    ]);
  });
});

describe('walkingMinutesFrom', () => {
  it('reads whole minutes from 0 to 60', () => {
    expect(walkingMinutesFrom('0')).toBe(0);
    expect(walkingMinutesFrom(' 8 ')).toBe(8);
    expect(walkingMinutesFrom('60')).toBe(60);
  });

  it('refuses anything else', () => {
    for (const typed of ['', '-1', '2.5', '61', 'ten', '1e1']) {
      expect(walkingMinutesFrom(typed), typed).toBeNull();
    }
  });
});
