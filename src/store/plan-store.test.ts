import { describe, expect, it } from 'vitest';
import { FakeStorage, quotaExceeded } from '../../tests/helpers/fake-storage';
import { makeTalk } from '../../tests/helpers/make-talk';
import { syncPlanAcrossTabs } from './cross-tab-sync';
import { loadClashDetection } from './derive-plan';
import * as persistence from './plan-persistence';
import { createPlanStore, PLAN_STORAGE_KEY, planOf, removalOf } from './plan-store';
import { MAX_SAVED_PICKS } from './saved-plan';
import { createStorageHealth } from './storage-health';
import { backupMessage, storageMessages } from './storage-messages';

const NOW = Date.UTC(2023, 10, 6, 15);

function setUp(storage = new FakeStorage(), getStorage: () => Storage = () => storage) {
  const health = createStorageHealth();
  // Given the persistence code at once, the saved plan loads before `loadSavedPlan` returns.
  const store = createPlanStore({ getStorage, now: () => NOW, health, persistence });
  void store.loadSavedPlan(K);
  return { storage, health, store };
}

/** A saved plan of one pick, and a store whose persistence code has not arrived yet. */
function withPersistenceStillLoading() {
  const storage = new FakeStorage();
  storage.setItem(PLAN_STORAGE_KEY, JSON.stringify({ version: 3, state: { starred: ['a'] } }));
  const store = createPlanStore({
    getStorage: () => storage,
    now: () => NOW,
    health: createStorageHealth(),
  });
  return { storage, store };
}

// The bundled conference's id, which a plan from before plans were kept per conference goes to.
const K = 'kubecon-na-2023';

const saved = (storage: Storage) => JSON.parse(storage.getItem(PLAN_STORAGE_KEY) ?? 'null');
const savedPlan = (storage: Storage) => saved(storage).state.plans[K];

/** Another tab's write to `key`, as this tab hears it; resolves once the sync has handled it. */
async function hearWrite(window: EventTarget, key = PLAN_STORAGE_KEY): Promise<void> {
  window.dispatchEvent(new StorageEvent('storage', { key }));
  await Promise.resolve();
}

/** Two tabs sharing one storage, this one listening for the other's writes until `stop`. */
function twoTabs() {
  const storage = new FakeStorage();
  const thisTab = setUp(storage).store;
  const otherTab = setUp(storage).store;
  const window = new EventTarget();
  const stop = syncPlanAcrossTabs(thisTab, window);
  return { storage, thisTab, otherTab, window, stop };
}

describe('plan store', () => {
  it('saves only ids and preferences, under a versioned key', () => {
    const { storage, store } = setUp();
    store.getState().toggleStar(K, 'a');
    store.getState().setTightThresholdMinutes(15);
    expect(saved(storage)).toEqual({
      version: 4,
      state: {
        plans: { [K]: { starred: ['a'], mustSee: [], watchLater: [] } },
        timeDisplay: 'conference',
        tightThresholdMinutes: 15,
        reminderMinutes: 0,
      },
    });
  });

  it('restores picks and preferences on the next visit', () => {
    const { storage, store } = setUp();
    store.getState().toggleStar(K, 'a');
    store.getState().setTimeDisplay('local');
    const next = setUp(storage).store.getState();
    expect(planOf(next.plans, K).starred).toEqual(['a']);
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
    expect(planOf(store.getState().plans, K).starred).toEqual(['a', 'b']);
    expect(store.getState().timeDisplay).toBe('local');
    expect(store.getState().reminderMinutes).toBe(5);
    expect(store.getState().tightThresholdMinutes).toBe(10);
    expect(saved(storage).version).toBe(4);
    expect(savedPlan(storage).starred).toEqual(['a', 'b']);
    expect(health.getState().backups).toEqual([]);
  });

  it('upgrades a plan saved by version 2, keeping every pick, with no must-see picks yet', () => {
    const storage = new FakeStorage();
    storage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({
        version: 2,
        state: { starred: ['1Rj0z', '1R2on', '1R2ts'], timeDisplay: 'local', reminderMinutes: 10 },
      }),
    );
    const { store } = setUp(storage);
    expect(planOf(store.getState().plans, K).starred).toEqual(['1Rj0z', '1R2on', '1R2ts']);
    expect(planOf(store.getState().plans, K).mustSee).toEqual([]);
    expect(planOf(store.getState().plans, K).watchLater).toEqual([]);
    expect(store.getState().timeDisplay).toBe('local');
    expect(saved(storage).version).toBe(4);
    expect(savedPlan(storage).starred).toEqual(['1Rj0z', '1R2on', '1R2ts']);
  });

  it('keeps must-see marks with the plan, only on starred talks', () => {
    const { storage, store } = setUp();
    store.getState().toggleMustSee(K, 'a');
    expect(planOf(store.getState().plans, K).mustSee).toEqual([]);
    store.getState().toggleStar(K, 'a');
    store.getState().toggleStar(K, 'b');
    store.getState().toggleMustSee(K, 'b');
    expect(savedPlan(storage).mustSee).toEqual(['b']);
    expect(planOf(setUp(storage).store.getState().plans, K).mustSee).toEqual(['b']);
    store.getState().toggleStar(K, 'b');
    expect(savedPlan(storage).mustSee).toEqual([]);
    store.getState().undoRemoval(K);
    expect(savedPlan(storage)).toMatchObject({ starred: ['a', 'b'], mustSee: ['b'] });
  });

  it('shows a must-see mark made in another tab without a reload', async () => {
    const { storage, thisTab: left, otherTab: right, window } = twoTabs();
    right.getState().toggleStar(K, 'a');
    right.getState().toggleMustSee(K, 'a');
    await hearWrite(window);
    expect(planOf(left.getState().plans, K).mustSee).toEqual(['a']);
    // A change made here starts from what storage holds, so the other tab's mark stays.
    left.getState().toggleStar(K, 'b');
    expect(savedPlan(storage)).toMatchObject({ starred: ['a', 'b'], mustSee: ['a'] });
  });

  it('drops picks to resolve clashes and restores them, marks and all, on Undo', () => {
    const { storage, store } = setUp();
    ['a', 'b', 'c'].forEach((id) => store.getState().toggleStar(K, id));
    store.getState().toggleMustSee(K, 'b');
    store.getState().toggleMustSee(K, 'c');
    store.getState().applyClashResolution(K, ['a', 'c'], ['a']);
    expect(savedPlan(storage)).toMatchObject({
      starred: ['b'],
      mustSee: ['b'],
      watchLater: ['a'],
    });
    store.getState().undoRemoval(K);
    expect(savedPlan(storage)).toMatchObject({
      starred: ['a', 'b', 'c'],
      mustSee: ['b', 'c'],
      watchLater: [],
    });
  });

  it('keeps picks when a saved preference is out of range', () => {
    const storage = new FakeStorage();
    storage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 2, state: { starred: ['a'], tightThresholdMinutes: -4 } }),
    );
    const { store } = setUp(storage);
    expect(planOf(store.getState().plans, K).starred).toEqual(['a']);
    expect(store.getState().tightThresholdMinutes).toBe(10);
  });

  it.each([
    ['text that is not JSON', '{"state": {"starred": ['],
    ['the wrong shape', JSON.stringify({ version: 2, state: { starred: 'a,b' } })],
    ['no envelope at all', JSON.stringify(['a', 'b'])],
  ])('starts empty on %s, says so, and backs the text up, writing nothing', (_, raw) => {
    const storage = new FakeStorage();
    storage.setItem(PLAN_STORAGE_KEY, raw);
    const { store, health } = setUp(storage);
    expect(planOf(store.getState().plans, K).starred).toEqual([]);
    const backupKey = `${PLAN_STORAGE_KEY}:backup-${NOW}`;
    expect(storage.getItem(backupKey)).toBe(raw);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe(raw);
    expect(health.getState().backups).toEqual([
      expect.objectContaining({ key: backupKey, reason: 'unreadable' }),
    ]);
    expect(backupMessage(health.getState().backups[0]!)).toMatch(
      /saved plan could not be read.*empty plan.*kubecon-planner:plan:backup-/,
    );
    store.getState().toggleStar(K, 'b');
    expect(storage.getItem(backupKey)).toBe(raw);
    expect(savedPlan(storage).starred).toEqual(['b']);
  });

  it('keeps a backup’s notice on every load until it is dismissed, backing the text up once', () => {
    const storage = new FakeStorage();
    storage.setItem(PLAN_STORAGE_KEY, 'garbage');
    setUp(storage);
    const { store, health } = setUp(storage);
    const backups = storage.keys().filter((key) => key.startsWith(`${PLAN_STORAGE_KEY}:backup-`));
    expect(backups).toHaveLength(1);
    expect(health.getState().backups.map((b) => b.key)).toEqual(backups);
    store.getState().dismissBackup(backups[0]!);
    expect(health.getState().backups).toEqual([]);
    expect(setUp(storage).health.getState().backups).toEqual([]);
    expect(storage.getItem(backups[0]!)).toBe('garbage');
  });

  it('restores a backup as the saved plan, setting the current plan aside first', () => {
    const storage = new FakeStorage();
    const older = JSON.stringify({
      version: 4,
      state: { plans: { [K]: { starred: ['x', 'y'] } } },
    });
    storage.setItem(`${PLAN_STORAGE_KEY}:backup-1`, older);
    const { store, health } = setUp(storage);
    store.getState().toggleStar(K, 'b');
    const current = storage.getItem(PLAN_STORAGE_KEY);
    store.getState().restoreBackup(`${PLAN_STORAGE_KEY}:backup-1`);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe(older);
    expect(planOf(store.getState().plans, K).starred).toEqual(['x', 'y']);
    expect(storage.getItem(`${PLAN_STORAGE_KEY}:backup-${NOW}`)).toBe(current);
    expect(health.getState().backups.map((b) => b.key)).toEqual([
      `${PLAN_STORAGE_KEY}:backup-${NOW}`,
    ]);
  });

  it('leaves a plan from a newer version untouched, says so, and writes only after starting afresh', () => {
    const storage = new FakeStorage();
    const newer = '{"state":{"starred":["1Rj0z"]},"version":999}';
    storage.setItem(PLAN_STORAGE_KEY, newer);
    const { store, health } = setUp(storage);
    expect(health.getState().newerVersion).toBe(999);
    expect(storageMessages(health.getState())[0]).toMatch(/saved by a newer version/);
    store.getState().toggleStar(K, 'a');
    store.getState().setReminderMinutes(10);
    expect(planOf(store.getState().plans, K).starred).toEqual(['a']);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe(newer);
    expect(setUp(storage).storage.getItem(PLAN_STORAGE_KEY)).toBe(newer);

    store.getState().startAfresh();
    expect(storage.getItem(`${PLAN_STORAGE_KEY}:backup-${NOW}`)).toBe(newer);
    expect(savedPlan(storage).starred).toEqual(['a']);
    expect(health.getState().newerVersion).toBeNull();
    expect(health.getState().backups).toEqual([
      expect.objectContaining({ reason: 'newer-version' }),
    ]);
  });

  it('reads nothing until hydrated, so a page drawn ahead of time matches the first render', async () => {
    const { store } = withPersistenceStillLoading();
    expect(planOf(store.getState().plans, K).starred).toEqual([]);
    await store.loadSavedPlan(K);
    expect(planOf(store.getState().plans, K).starred).toEqual(['a']);
  });

  it('keeps and saves a star made while the saved plan’s code is still on its way', async () => {
    const { storage, store } = withPersistenceStillLoading();
    const loading = store.loadSavedPlan(K);
    store.getState().toggleStar(K, 'b');
    // Nothing is written before the saved plan has been read, so it cannot be overwritten.
    expect(saved(storage).version).toBe(3);
    await loading;
    expect(planOf(store.getState().plans, K).starred).toEqual(['a', 'b']);
    expect(savedPlan(storage).starred).toEqual(['a', 'b']);
  });

  it(`loads at most ${MAX_SAVED_PICKS} picks, says so, and keeps the whole plan in a backup`, () => {
    const storage = new FakeStorage();
    const ids = Array.from({ length: 100_000 }, (_, i) => `t${i}`);
    const raw = JSON.stringify({ version: 4, state: { plans: { [K]: { starred: ids } } } });
    storage.setItem(PLAN_STORAGE_KEY, raw);
    const { store, health } = setUp(storage);
    expect(planOf(store.getState().plans, K).starred).toHaveLength(MAX_SAVED_PICKS);
    expect(planOf(store.getState().plans, K).starred[0]).toBe('t0');
    expect(storage.getItem(`${PLAN_STORAGE_KEY}:backup-${NOW}`)).toBe(raw);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe(raw);
    const [backup] = health.getState().backups;
    expect(backup).toMatchObject({ reason: 'too-many', picks: 100_000 });
    expect(backupMessage(backup!)).toMatch(/holds 100,000 picks.*first 2,000 are loaded/);
    store.getState().toggleStar(K, 't0');
    expect(savedPlan(storage).starred).toHaveLength(MAX_SAVED_PICKS - 1);
  });

  it('leaves an unreadable save untouched when it cannot be backed up', () => {
    const storage = new FakeStorage();
    storage.setItem(PLAN_STORAGE_KEY, 'garbage');
    storage.failWritesWith = quotaExceeded();
    const { store, health } = setUp(storage);
    storage.failWritesWith = null;
    store.getState().toggleStar(K, 'a');
    expect(planOf(store.getState().plans, K).starred).toEqual(['a']);
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe('garbage');
    expect(health.getState()).toMatchObject({ unreadableKept: true, backups: [] });
    expect(storageMessages(health.getState())).toEqual([
      expect.stringMatching(/could not be read, nor copied aside/),
    ]);
  });

  it('keeps starring for the visit when writes throw, and says picks will not be kept', () => {
    const storage = new FakeStorage();
    storage.failWritesWith = quotaExceeded();
    const { store, health } = setUp(storage);
    expect(() => store.getState().toggleStar(K, 'a')).not.toThrow();
    expect(planOf(store.getState().plans, K).starred).toEqual(['a']);
    expect(health.getState().notSaving).toBe(true);
    expect(storageMessages(health.getState())).toEqual([
      "Your picks can't be saved in this browser, so they will not be kept after you close this page.",
    ]);
  });

  it('clears the warning once a write succeeds again', () => {
    const storage = new FakeStorage();
    storage.failWritesWith = quotaExceeded();
    const { store, health } = setUp(storage);
    store.getState().toggleStar(K, 'a');
    storage.failWritesWith = null;
    store.getState().toggleStar(K, 'b');
    expect(health.getState().notSaving).toBe(false);
    expect(savedPlan(storage).starred).toEqual(['a', 'b']);
  });

  it('works for the visit when reaching storage at all throws', () => {
    const { store, health } = setUp(new FakeStorage(), () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    store.getState().toggleStar(K, 'a');
    expect(planOf(store.getState().plans, K).starred).toEqual(['a']);
    expect(health.getState().notSaving).toBe(true);
  });

  it('keeps picks of talks no longer in the schedule, and impossible ids, apart from clashes', async () => {
    await loadClashDetection();
    const storage = new FakeStorage();
    storage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 2, state: { starred: ['gone', 'a', 'bad id', 'b'] } }),
    );
    const { store } = setUp(storage);
    const talks = [makeTalk('a', '10:00', '10:30'), makeTalk('b', '10:15', '10:45')];
    const plan = store.derivePlan(planOf(store.getState().plans, K).starred, talks);
    expect(plan.missingIds).toEqual(['gone', 'bad id']);
    expect(plan.talks.map((t) => t.id)).toEqual(['a', 'b']);
    expect(plan.clashes.list().map((c) => [c.a.id, c.b.id])).toEqual([['a', 'b']]);
    store.getState().toggleStar(K, 'b');
    expect(savedPlan(storage).starred).toEqual(['gone', 'a', 'bad id']);
  });

  it('derives the plan once per change of the starred ids, with a cache per store', () => {
    const talks = [makeTalk('a', '10:00', '10:30')];
    const { store } = setUp();
    const other = setUp().store;
    store.getState().toggleStar(K, 'a');
    const first = store.derivePlan(planOf(store.getState().plans, K).starred, talks);
    expect(other.derivePlan(planOf(other.getState().plans, K).starred, talks).talks).toEqual([]);
    store.getState().setReminderMinutes(10);
    expect(store.derivePlan(planOf(store.getState().plans, K).starred, talks)).toBe(first);
    store.getState().toggleStar(K, 'a');
    expect(store.derivePlan(planOf(store.getState().plans, K).starred, talks)).not.toBe(first);
  });

  it('keeps both tabs’ picks when two tabs star at the same moment', () => {
    const storage = new FakeStorage();
    const left = setUp(storage).store;
    const right = setUp(storage).store;
    // Neither tab hears of the other's stars: each change lands on what storage holds when written.
    for (let i = 0; i < 7; i += 1) {
      left.getState().toggleStar(K, `l${i}`);
      right.getState().toggleStar(K, `r${i}`);
    }
    expect(savedPlan(storage).starred).toHaveLength(14);
    right.getState().toggleStar(K, 'l3');
    left.getState().setTimeDisplay('local');
    expect(savedPlan(storage).starred).toHaveLength(13);
    expect(savedPlan(storage).starred).not.toContain('l3');
    expect(saved(storage).state.timeDisplay).toBe('local');
  });

  it('makes a star lost to another tab’s crossing write again when that write arrives', async () => {
    const storage = new FakeStorage();
    let clock = NOW;
    const tab = () =>
      createPlanStore({
        getStorage: () => storage,
        now: () => clock,
        health: createStorageHealth(),
      });
    const left = tab();
    await left.loadSavedPlan(K);
    const window = new EventTarget();
    syncPlanAcrossTabs(left, window);
    left.getState().toggleStar(K, 'a');
    // The right tab had not seen "a" yet when it wrote: its write carries only "b".
    const stale = JSON.stringify({
      version: 4,
      state: { ...saved(storage).state, plans: { [K]: { starred: ['b'] } } },
    });
    storage.setItem(PLAN_STORAGE_KEY, stale);
    await hearWrite(window);
    expect(savedPlan(storage).starred).toEqual(['b', 'a']);
    expect(planOf(left.getState().plans, K).starred).toEqual(['b', 'a']);
    // Long after, another tab's removal of "a" stands.
    clock += 60_000;
    storage.setItem(PLAN_STORAGE_KEY, stale);
    await hearWrite(window);
    expect(planOf(left.getState().plans, K).starred).toEqual(['b']);
  });

  it('shows a star made in another tab without a reload', async () => {
    const { thisTab, otherTab, window, stop } = twoTabs();
    otherTab.getState().toggleStar(K, 'a');
    await hearWrite(window);
    expect(planOf(thisTab.getState().plans, K).starred).toEqual(['a']);
    stop();
    otherTab.getState().toggleStar(K, 'b');
    await hearWrite(window);
    expect(planOf(thisTab.getState().plans, K).starred).toEqual(['a']);
  });

  it('ignores storage events for other keys', async () => {
    const { thisTab, otherTab, window } = twoTabs();
    otherTab.getState().toggleStar(K, 'a');
    await hearWrite(window, 'something-else');
    expect(planOf(thisTab.getState().plans, K).starred).toEqual([]);
  });
});

describe('plans kept per conference', () => {
  // Two opened conferences beside the bundled one (K), by the ids their files give them.
  const DENOG = 'denog16';
  const FOSDEM = 'fosdem-2026';

  it('moves a plan saved by version 3, every pick and mark, under the bundled conference', () => {
    const storage = new FakeStorage();
    const v3 = {
      version: 3,
      state: {
        starred: ['1Rj0z', '1R2on', '1R2ts'],
        mustSee: ['1R2ts'],
        watchLater: ['1R2tD'],
        timeDisplay: 'local',
        tightThresholdMinutes: 15,
        reminderMinutes: 10,
      },
    };
    storage.setItem(PLAN_STORAGE_KEY, JSON.stringify(v3));
    const { store, health } = setUp(storage);
    expect(saved(storage)).toEqual({
      version: 4,
      state: {
        plans: {
          [K]: { starred: ['1Rj0z', '1R2on', '1R2ts'], mustSee: ['1R2ts'], watchLater: ['1R2tD'] },
        },
        timeDisplay: 'local',
        tightThresholdMinutes: 15,
        reminderMinutes: 10,
      },
    });
    expect(planOf(store.getState().plans, K).starred).toEqual(['1Rj0z', '1R2on', '1R2ts']);
    expect(planOf(store.getState().plans, DENOG).starred).toEqual([]);
    expect(health.getState().backups).toEqual([]);
  });

  it('leaves a newer version’s plan untouched, and unreadable text untouched on load, as before', () => {
    const newer = '{"version":5,"state":{"plans":{"x":{"starred":["a"]}}}}';
    const storage = new FakeStorage();
    storage.setItem(PLAN_STORAGE_KEY, newer);
    const { store, health } = setUp(storage);
    store.getState().toggleStar(DENOG, 'a');
    expect(storage.getItem(PLAN_STORAGE_KEY)).toBe(newer);
    expect(health.getState().newerVersion).toBe(5);

    const garbled = new FakeStorage();
    garbled.setItem(PLAN_STORAGE_KEY, '{"version":4,"state":{"plans":{"x":{"starred":"a"}}}}');
    const loaded = setUp(garbled);
    expect(garbled.getItem(PLAN_STORAGE_KEY)).toMatch(/"starred":"a"/);
    expect(loaded.health.getState().backups).toEqual([
      expect.objectContaining({ reason: 'unreadable' }),
    ]);
  });

  it('never changes one conference’s plan when starring in another', () => {
    const { storage, store } = setUp();
    store.getState().toggleStar(K, '1Rj0z');
    store.getState().toggleStar(DENOG, 'a1');
    store.getState().toggleMustSee(DENOG, 'a1');
    store.getState().clearPlan(FOSDEM);
    expect(saved(storage).state.plans).toEqual({
      [K]: { starred: ['1Rj0z'], mustSee: [], watchLater: [] },
      [DENOG]: { starred: ['a1'], mustSee: ['a1'], watchLater: [] },
    });
    const next = setUp(storage).store.getState();
    expect(planOf(next.plans, K).starred).toEqual(['1Rj0z']);
    expect(planOf(next.plans, DENOG).starred).toEqual(['a1']);
  });

  it('keeps each conference’s last removal for its own Undo', () => {
    const { store } = setUp();
    ['a', 'b'].forEach((id) => store.getState().toggleStar(K, id));
    store.getState().toggleStar(DENOG, 'x');
    store.getState().toggleStar(K, 'a');
    store.getState().toggleStar(DENOG, 'x');
    store.getState().undoRemoval(K);
    expect(planOf(store.getState().plans, K).starred).toEqual(['a', 'b']);
    expect(planOf(store.getState().plans, DENOG).starred).toEqual([]);
    expect(removalOf(store.getState(), DENOG)).toMatchObject({ kind: 'unstar', talkId: 'x' });
    store.getState().undoRemoval(DENOG);
    expect(planOf(store.getState().plans, DENOG).starred).toEqual(['x']);
  });

  it('forgets a removed conference’s plan and puts it back whole on Undo', () => {
    const { storage, store } = setUp();
    store.getState().toggleStar(DENOG, 'a1');
    store.getState().toggleStar(DENOG, 'b2');
    store.getState().toggleMustSee(DENOG, 'b2');
    store.getState().toggleStar(K, '1Rj0z');
    const forgotten = store.getState().forgetConference(DENOG);
    expect(saved(storage).state.plans).not.toHaveProperty(DENOG);
    expect(planOf(store.getState().plans, K).starred).toEqual(['1Rj0z']);
    store.getState().restoreConference(DENOG, forgotten);
    expect(saved(storage).state.plans[DENOG]).toEqual({
      starred: ['a1', 'b2'],
      mustSee: ['b2'],
      watchLater: [],
    });
  });

  it('moves a plan to the id a newer version of its conference goes by', () => {
    const { store } = setUp();
    store.getState().toggleStar(DENOG, 'a1');
    store.getState().renameConference(DENOG, 'denog16-v2');
    expect(planOf(store.getState().plans, DENOG).starred).toEqual([]);
    expect(planOf(store.getState().plans, 'denog16-v2').starred).toEqual(['a1']);
  });

  it('reads no inherited property as a plan, whatever a conference is called', () => {
    const { store } = setUp();
    expect(planOf(store.getState().plans, 'constructor').starred).toEqual([]);
    store.getState().toggleStar('__proto__', 'a');
    expect(planOf(store.getState().plans, '__proto__').starred).toEqual(['a']);
    expect(planOf(store.getState().plans, K).starred).toEqual([]);
  });

  it('keeps both tabs’ picks when two tabs star in different conferences at the same moment', () => {
    const storage = new FakeStorage();
    const left = setUp(storage).store;
    const right = setUp(storage).store;
    for (let i = 0; i < 3; i += 1) {
      left.getState().toggleStar(K, `k${i}`);
      right.getState().toggleStar(DENOG, `d${i}`);
    }
    expect(saved(storage).state.plans[K].starred).toEqual(['k0', 'k1', 'k2']);
    expect(saved(storage).state.plans[DENOG].starred).toEqual(['d0', 'd1', 'd2']);
  });

  it('makes a star lost to another tab’s crossing write again, in its own conference', async () => {
    const storage = new FakeStorage();
    const left = setUp(storage).store;
    const window = new EventTarget();
    syncPlanAcrossTabs(left, window);
    left.getState().toggleStar(DENOG, 'a1');
    // The right tab had not seen "a1" yet when it wrote a star in the bundled conference.
    const stale = JSON.stringify({ version: 4, state: { plans: { [K]: { starred: ['k'] } } } });
    storage.setItem(PLAN_STORAGE_KEY, stale);
    await hearWrite(window);
    expect(planOf(left.getState().plans, DENOG).starred).toEqual(['a1']);
    expect(planOf(left.getState().plans, K).starred).toEqual(['k']);
  });
});

describe('undoing removals', () => {
  it('puts an unstarred talk back where it was', () => {
    const { store } = setUp();
    ['a', 'b', 'c'].forEach((id) => store.getState().toggleStar(K, id));
    store.getState().toggleStar(K, 'b');
    expect(removalOf(store.getState(), K)).toMatchObject({ kind: 'unstar', talkId: 'b' });
    store.getState().undoRemoval(K);
    expect(planOf(store.getState().plans, K).starred).toEqual(['a', 'b', 'c']);
    expect(removalOf(store.getState(), K)).toBeNull();
  });

  it('offers undo for the latest removal only', () => {
    const { store } = setUp();
    ['a', 'b'].forEach((id) => store.getState().toggleStar(K, id));
    store.getState().clearPlan(K);
    expect(planOf(store.getState().plans, K).starred).toEqual([]);
    store.getState().toggleStar(K, 'c');
    store.getState().toggleStar(K, 'c');
    store.getState().toggleStar(K, 'd');
    expect(removalOf(store.getState(), K)).toMatchObject({ kind: 'unstar', talkId: 'c' });
  });

  it('restores every pick after clearing', () => {
    const { store } = setUp();
    ['a', 'b'].forEach((id) => store.getState().toggleStar(K, id));
    store.getState().clearPlan(K);
    store.getState().toggleStar(K, 'd');
    store.getState().undoRemoval(K);
    expect(planOf(store.getState().plans, K).starred).toEqual(['a', 'b', 'd']);
  });
});
