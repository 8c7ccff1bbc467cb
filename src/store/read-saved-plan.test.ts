import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, MAX_SAVED_PICKS, SAVED_PLAN_VERSION } from './saved-plan';
import {
  migrateSavedPlan,
  parseSavedPlan,
  readSavedPlan,
  readSavedPlanText,
} from './read-saved-plan';

// The bundled conference's id in src/data/schedule.json.
const BUNDLED = 'kubecon-na-2023';
const plan = (starred: string[], mustSee: string[] = [], watchLater: string[] = []) => ({
  starred,
  mustSee,
  watchLater,
});

describe('parseSavedPlan', () => {
  it('keeps each conference’s picks and the preferences, dropping repeated ids and unknown fields', () => {
    expect(
      parseSavedPlan({
        plans: { [BUNDLED]: { starred: ['a', 'b', 'a'] }, denog16: { starred: ['x'] } },
        timeDisplay: 'local',
        tightThresholdMinutes: 25,
        reminderMinutes: 15,
        extra: true,
      }),
    ).toEqual({
      plans: { [BUNDLED]: plan(['a', 'b']), denog16: plan(['x']) },
      timeDisplay: 'local',
      tightThresholdMinutes: 25,
      reminderMinutes: 15,
    });
  });

  it('falls back to the default for each preference it cannot read, keeping the picks', () => {
    expect(
      parseSavedPlan({
        plans: { [BUNDLED]: { starred: ['a'] } },
        timeDisplay: 'mars',
        tightThresholdMinutes: 121,
        reminderMinutes: 7,
      }),
    ).toEqual({ plans: { [BUNDLED]: plan(['a']) }, ...DEFAULT_PREFERENCES });
    expect(parseSavedPlan({ plans: {}, tightThresholdMinutes: 2.5 })?.tightThresholdMinutes).toBe(
      DEFAULT_PREFERENCES.tightThresholdMinutes,
    );
  });

  it('keeps must-see marks only on picks', () => {
    expect(
      parseSavedPlan({
        plans: { k: { starred: ['a'], mustSee: ['a', 'gone', 7], watchLater: ['w', 'w', 1] } },
      })?.plans.k,
    ).toEqual(plan(['a'], ['a'], ['w']));
  });

  it('refuses picks it cannot trust, in any conference', () => {
    expect(parseSavedPlan(null)).toBeNull();
    expect(parseSavedPlan({ plans: [] })).toBeNull();
    expect(parseSavedPlan({ starred: ['a'] })).toBeNull();
    expect(parseSavedPlan({ plans: { k: { starred: 'a' } } })).toBeNull();
    expect(
      parseSavedPlan({ plans: { k: { starred: ['a'] }, j: { starred: ['a', 3] } } }),
    ).toBeNull();
  });
});

describe('readSavedPlan and migrateSavedPlan', () => {
  it('reads the current version', () => {
    expect(
      readSavedPlan(
        { state: { plans: { denog16: { starred: ['a'] } } }, version: SAVED_PLAN_VERSION },
        BUNDLED,
      ),
    ).toEqual({
      state: { plans: { denog16: plan(['a']) }, ...DEFAULT_PREFERENCES },
      version: SAVED_PLAN_VERSION,
    });
  });

  it('moves a version 3 plan, with the same ids, marks and preferences, under the bundled conference', () => {
    const v3 = {
      starred: ['1Rj0z', '1R2on', '1R2ts'],
      mustSee: ['1R2ts'],
      watchLater: ['1R2tD'],
      timeDisplay: 'local',
      tightThresholdMinutes: 5,
      reminderMinutes: 15,
    };
    expect(readSavedPlan({ state: v3, version: 3 }, BUNDLED)).toEqual({
      state: {
        plans: { [BUNDLED]: plan(['1Rj0z', '1R2on', '1R2ts'], ['1R2ts'], ['1R2tD']) },
        timeDisplay: 'local',
        tightThresholdMinutes: 5,
        reminderMinutes: 15,
      },
      version: 3,
    });
  });

  it('upgrades version 1, dropping non-text ids, and version 2, with no must-see picks yet', () => {
    expect(
      migrateSavedPlan({ starred: ['a', 'a', 3, null], reminderMinutes: 10 }, 1, BUNDLED),
    ).toEqual({
      plans: { [BUNDLED]: plan(['a']) },
      ...DEFAULT_PREFERENCES,
      reminderMinutes: 10,
    });
    expect(migrateSavedPlan({ starred: ['a', 'b'], mustSee: ['a'] }, 2, BUNDLED)).toEqual({
      plans: { [BUNDLED]: plan(['a', 'b']) },
      ...DEFAULT_PREFERENCES,
    });
  });

  it('refuses unknown versions and shapes', () => {
    expect(readSavedPlan({ state: { starred: ['a'] }, version: 99 }, BUNDLED)).toBeNull();
    expect(readSavedPlan({ state: { starred: ['a'] }, version: 4 }, BUNDLED)).toBeNull();
    expect(readSavedPlan('nothing', BUNDLED)).toBeNull();
    expect(migrateSavedPlan({ starred: 'a' }, 1, BUNDLED)).toBeNull();
    expect(migrateSavedPlan({ starred: ['a', 3] }, 3, BUNDLED)).toBeNull();
    expect(migrateSavedPlan({ starred: ['a'] }, 4, BUNDLED)).toBeNull();
  });
});

describe('readSavedPlanText', () => {
  it('tells a newer version, to be left untouched, from unreadable text', () => {
    expect(readSavedPlanText('{"state":{"plans":{}},"version":5}', BUNDLED)).toEqual({
      kind: 'newer-version',
      version: 5,
    });
    expect(readSavedPlanText('{"state":', BUNDLED)).toEqual({ kind: 'unreadable' });
  });

  it(`caps each conference at ${MAX_SAVED_PICKS} picks, counting every conference’s`, () => {
    const many = Array.from({ length: MAX_SAVED_PICKS + 5 }, (_, i) => `t${i}`);
    const raw = JSON.stringify({
      version: 4,
      state: { plans: { a: { starred: many, mustSee: ['t2004'] }, b: { starred: ['x'] } } },
    });
    const reading = readSavedPlanText(raw, BUNDLED);
    if (reading.kind !== 'plan') throw new Error(`read as ${reading.kind}`);
    expect(reading).toMatchObject({ total: MAX_SAVED_PICKS + 6, capped: true });
    expect(reading.saved.state.plans.a?.starred).toHaveLength(MAX_SAVED_PICKS);
    expect(reading.saved.state.plans.a?.mustSee).toEqual([]);
    expect(reading.saved.state.plans.b?.starred).toEqual(['x']);
  });
});
