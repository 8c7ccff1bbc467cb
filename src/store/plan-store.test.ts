import { describe, expect, it } from 'vitest';
import { FakeStorage, quotaExceeded } from '../../tests/helpers/fake-storage';
import { makeTalk } from '../../tests/helpers/make-talk';
import { syncPlanAcrossTabs } from './cross-tab-sync';
import { selectPlan } from './plan-selectors';
import { createPlanStore, PLAN_STORAGE_KEY } from './plan-store';
import { createStorageHealth, storageMessages } from './storage-health';

const NOW = Date.UTC(2023, 10, 6, 15);

function setUp(storage = new FakeStorage(), getStorage: () => Storage = () => storage) {
  const health = createStorageHealth();
  const store = createPlanStore({ getStorage, now: () => NOW, health });
  return { storage, health, store };
}

const saved = (storage: Storage) => JSON.parse(storage.getItem(PLAN_STORAGE_KEY) ?? 'null');

describe('plan store', () => {
  it('saves only ids and preferences, under a versioned key', () => {
    const { storage, store } = setUp();
    store.getState().setScheduleTalks([makeTalk('a', '10:00', '10:30')]);
    store.getState().toggleStar('a');
    store.getState().setTightThresholdMinutes(15);
    expect(saved(storage)).toEqual({
      version: 2,
      state: {
        starred: ['a'],
        timeDisplay: 'conference',
        tightThresholdMinutes: 15,
        reminderMinutes: 0,
      },
    });
  });

  it('restores picks and preferences on the next visit', () => {
    const { storage, store } = setUp();
    store.getState().toggleStar('a');
    store.getState().setTimeDisplay('local');
    const next = setUp(storage).store.getState();
    expect(next.starred).toEqual(['a']);
    expect(next.timeDisplay).toBe('local');
  });

  it('upgrades a plan saved by version 1, dropping duplicate and non-text ids', () => {
    const storage = new FakeStorage();
    storage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: { starred: ['a', 'b', 'a', 42], timeDisplay: 'local', reminderMinutes: 5 },
      }),
    );
    const { store, health } = setUp(storage);
    expect(store.getState().starred).toEqual(['a', 'b']);
    expect(store.getState().timeDisplay).toBe('local');
    expect(store.getState().reminderMinutes).toBe(5);
    expect(store.getState().tightThresholdMinutes).toBe(10);
    expect(saved(storage).version).toBe(2);
    expect(saved(storage).state.starred).toEqual(['a', 'b']);
    expect(health.getState().unreadable).toBe(false);
  });

  it('keeps picks when a saved preference is out of range', () => {
    const storage = new FakeStorage();
    storage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 2, state: { starred: ['a'], tightThresholdMinutes: -4 } }),
    );
    const { store } = setUp(storage);
    expect(store.getState().starred).toEqual(['a']);
    expect(store.getState().tightThresholdMinutes).toBe(10);
  });

  it.each([
    ['text that is not JSON', '{"state": {"starred": ['],
    ['the wrong shape', JSON.stringify({ version: 2, state: { starred: 'a,b' } })],
    ['an unknown version', JSON.stringify({ version: 9, state: { starred: ['a'] } })],
    ['no envelope at all', JSON.stringify(['a', 'b'])],
  ])('starts empty on %s, says so, and backs the text up before any write', (_, raw) => {
    const storage = new FakeStorage();
    storage.setItem(PLAN_STORAGE_KEY, raw);
    const { store, health } = setUp(storage);
    expect(store.getState().starred).toEqual([]);
    const backupKey = `${PLAN_STORAGE_KEY}:backup-${NOW}`;
    expect(health.getState()).toMatchObject({ unreadable: true, backupKey });
    expect(storageMessages(health.getState())[0]).toMatch(
      /saved plan could not be read.*empty plan.*kubecon-planner:plan:backup-/,
    );
    store.getState().toggleStar('b');
    expect(storage.getItem(backupKey)).toBe(raw);
    expect(saved(storage).state.starred).toEqual(['b']);
  });

  it('leaves an unreadable save untouched when it cannot be backed up', () => {
    const storage = new FakeStorage();
    storage.setItem(PLAN_STORAGE_KEY, 'garbage');
    storage.failWritesWith = quotaExceeded();
    const { store, health } = setUp(storage);
    storage.failWritesWith = null;
    store.getState().toggleStar('a');
    expect(store.getState().starred).toEqual(['a']);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe('garbage');
    expect(health.getState()).toMatchObject({ unreadable: true, backupKey: null, notSaving: true });
  });

  it('keeps starring for the visit when writes throw, and says picks will not be kept', () => {
    const storage = new FakeStorage();
    storage.failWritesWith = quotaExceeded();
    const { store, health } = setUp(storage);
    expect(() => store.getState().toggleStar('a')).not.toThrow();
    expect(store.getState().starred).toEqual(['a']);
    expect(health.getState().notSaving).toBe(true);
    expect(storageMessages(health.getState())).toEqual([
      "Your picks can't be saved in this browser, so they will not be kept after you close this page.",
    ]);
  });

  it('clears the warning once a write succeeds again', () => {
    const storage = new FakeStorage();
    storage.failWritesWith = quotaExceeded();
    const { store, health } = setUp(storage);
    store.getState().toggleStar('a');
    storage.failWritesWith = null;
    store.getState().toggleStar('b');
    expect(health.getState().notSaving).toBe(false);
    expect(saved(storage).state.starred).toEqual(['a', 'b']);
  });

  it('works for the visit when reaching storage at all throws', () => {
    const { store, health } = setUp(new FakeStorage(), () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    store.getState().toggleStar('a');
    expect(store.getState().starred).toEqual(['a']);
    expect(health.getState().notSaving).toBe(true);
  });

  it('keeps picks of talks no longer in the schedule, apart from clashes', () => {
    const storage = new FakeStorage();
    storage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 2, state: { starred: ['gone', 'a', 'b'] } }),
    );
    const { store } = setUp(storage);
    store
      .getState()
      .setScheduleTalks([makeTalk('a', '10:00', '10:30'), makeTalk('b', '10:15', '10:45')]);
    const plan = selectPlan(store.getState());
    expect(plan.missingIds).toEqual(['gone']);
    expect(plan.talks.map((t) => t.id)).toEqual(['a', 'b']);
    expect(plan.clashes.list().map((c) => [c.a.id, c.b.id])).toEqual([['a', 'b']]);
    store.getState().toggleStar('b');
    expect(saved(storage).state.starred).toEqual(['gone', 'a']);
  });

  it('derives the plan once per change of the starred ids', () => {
    const { store } = setUp();
    store.getState().setScheduleTalks([makeTalk('a', '10:00', '10:30')]);
    store.getState().toggleStar('a');
    const first = selectPlan(store.getState());
    store.getState().setReminderMinutes(10);
    expect(selectPlan(store.getState())).toBe(first);
    store.getState().toggleStar('a');
    expect(selectPlan(store.getState())).not.toBe(first);
  });

  it('shows a star made in another tab without a reload', async () => {
    const storage = new FakeStorage();
    const thisTab = setUp(storage).store;
    const otherTab = setUp(storage).store;
    const window = new EventTarget();
    const stop = syncPlanAcrossTabs(thisTab, window);
    otherTab.getState().toggleStar('a');
    window.dispatchEvent(new StorageEvent('storage', { key: PLAN_STORAGE_KEY }));
    await Promise.resolve();
    expect(thisTab.getState().starred).toEqual(['a']);
    stop();
    otherTab.getState().toggleStar('b');
    window.dispatchEvent(new StorageEvent('storage', { key: PLAN_STORAGE_KEY }));
    await Promise.resolve();
    expect(thisTab.getState().starred).toEqual(['a']);
  });

  it('ignores storage events for other keys', async () => {
    const storage = new FakeStorage();
    const thisTab = setUp(storage).store;
    const otherTab = setUp(storage).store;
    const window = new EventTarget();
    syncPlanAcrossTabs(thisTab, window);
    otherTab.getState().toggleStar('a');
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    await Promise.resolve();
    expect(thisTab.getState().starred).toEqual([]);
  });
});

describe('undoing removals', () => {
  it('puts an unstarred talk back where it was', () => {
    const { store } = setUp();
    ['a', 'b', 'c'].forEach((id) => store.getState().toggleStar(id));
    store.getState().toggleStar('b');
    expect(store.getState().lastRemoval).toMatchObject({ kind: 'unstar', talkId: 'b' });
    store.getState().undoRemoval();
    expect(store.getState().starred).toEqual(['a', 'b', 'c']);
    expect(store.getState().lastRemoval).toBeNull();
  });

  it('offers undo for the latest removal only', () => {
    const { store } = setUp();
    ['a', 'b'].forEach((id) => store.getState().toggleStar(id));
    store.getState().clearPlan();
    expect(store.getState().starred).toEqual([]);
    store.getState().toggleStar('c');
    store.getState().toggleStar('c');
    store.getState().toggleStar('d');
    expect(store.getState().lastRemoval).toMatchObject({ kind: 'unstar', talkId: 'c' });
  });

  it('restores every pick after clearing', () => {
    const { store } = setUp();
    ['a', 'b'].forEach((id) => store.getState().toggleStar(id));
    store.getState().clearPlan();
    store.getState().toggleStar('d');
    store.getState().undoRemoval();
    expect(store.getState().starred).toEqual(['a', 'b', 'd']);
  });
});
