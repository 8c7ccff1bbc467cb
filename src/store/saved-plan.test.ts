import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  migrateSavedPlan,
  parseSavedPlan,
  readSavedPlan,
  SAVED_PLAN_VERSION,
} from './saved-plan';

describe('parseSavedPlan', () => {
  it('keeps picks and preferences, dropping repeated ids and unknown fields', () => {
    expect(
      parseSavedPlan({
        starred: ['a', 'b', 'a'],
        timeDisplay: 'local',
        tightThresholdMinutes: 25,
        reminderMinutes: 15,
        extra: true,
      }),
    ).toEqual({
      starred: ['a', 'b'],
      mustSee: [],
      watchLater: [],
      timeDisplay: 'local',
      tightThresholdMinutes: 25,
      reminderMinutes: 15,
    });
  });

  it('falls back to the default for each preference it cannot read, keeping the picks', () => {
    expect(
      parseSavedPlan({
        starred: ['a'],
        timeDisplay: 'mars',
        tightThresholdMinutes: 121,
        reminderMinutes: 7,
      }),
    ).toEqual({ starred: ['a'], mustSee: [], watchLater: [], ...DEFAULT_PREFERENCES });
    expect(parseSavedPlan({ starred: [], tightThresholdMinutes: 2.5 })?.tightThresholdMinutes).toBe(
      DEFAULT_PREFERENCES.tightThresholdMinutes,
    );
    expect(parseSavedPlan({ starred: [], tightThresholdMinutes: -1 })?.tightThresholdMinutes).toBe(
      DEFAULT_PREFERENCES.tightThresholdMinutes,
    );
  });

  it('refuses picks it cannot trust', () => {
    expect(parseSavedPlan(null)).toBeNull();
    expect(parseSavedPlan('starred')).toBeNull();
    expect(parseSavedPlan({ starred: 'a' })).toBeNull();
    expect(parseSavedPlan({ starred: ['a', 3] })).toBeNull();
  });
});

describe('readSavedPlan and migrateSavedPlan', () => {
  it('reads the current version and upgrades version 1, dropping non-text ids', () => {
    expect(readSavedPlan({ state: { starred: ['a'] }, version: SAVED_PLAN_VERSION })).toEqual({
      state: { starred: ['a'], mustSee: [], watchLater: [], ...DEFAULT_PREFERENCES },
      version: SAVED_PLAN_VERSION,
    });
    expect(migrateSavedPlan({ starred: ['a', 'a', 3, null], reminderMinutes: 10 }, 1)).toEqual({
      starred: ['a'],
      mustSee: [],
      watchLater: [],
      ...DEFAULT_PREFERENCES,
      reminderMinutes: 10,
    });
  });

  it('upgrades version 2, keeping every pick, and keeps must-see marks only on picks', () => {
    expect(migrateSavedPlan({ starred: ['a', 'b'], mustSee: ['a'] }, 2)).toEqual({
      starred: ['a', 'b'],
      mustSee: [],
      watchLater: [],
      ...DEFAULT_PREFERENCES,
    });
    expect(
      parseSavedPlan({ starred: ['a'], mustSee: ['a', 'gone', 7], watchLater: ['w', 'w', 1] }),
    ).toMatchObject({ starred: ['a'], mustSee: ['a'], watchLater: ['w'] });
  });

  it('refuses unknown versions and shapes', () => {
    expect(readSavedPlan({ state: { starred: ['a'] }, version: 99 })).toBeNull();
    expect(readSavedPlan('nothing')).toBeNull();
    expect(migrateSavedPlan({ starred: 'a' }, 1)).toBeNull();
    expect(migrateSavedPlan({ starred: ['a'] }, 4)).toBeNull();
  });
});
