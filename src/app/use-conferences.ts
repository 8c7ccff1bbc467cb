import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { SkippedEvents } from '@/domain/import/import-schedule';
import type { Schedule } from '@/domain/schedule-schema';
import { usePlanStore, type ConferencePlan } from '@/store/plan-store';
import {
  readConferenceMenu,
  readShownConference,
  withConference,
  writeConferenceMenu,
  writeShownConference,
  type ConferenceEntry,
} from '@/store/conference-menu';

// Reading `localStorage` itself throws where storage is blocked; the menu functions catch it.
const storage = () => window.localStorage;

// IndexedDB and its wrapper load only once a conference has been opened.
const openedSchedules = () => import('@/store/opened-schedules');

interface Removed {
  entry: ConferenceEntry;
  schedule: Schedule | null;
  /** Its plan, taken out of storage with it and put back by Undo. */
  plan: ConferencePlan;
  index: number;
}

/** What was last opened, so the page can say how it went. */
export interface OpenedNote {
  name: string;
  talks: number;
  skipped: SkippedEvents;
}

/**
 * The opened conferences: which one is shown (null: the bundled one), opening a new one or a newer
 * version of one already kept (updated in place), switching, and removing with Undo.
 */
export function useConferences() {
  const [menu, setMenu] = useState<ConferenceEntry[]>([]);
  const [shownId, setShownId] = useState<string | null>(null);
  const [opened, setOpened] = useState<Schedule | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [note, setNote] = useState<OpenedNote | null>(null);

  useEffect(() => {
    // After the first render, so the page drawn at build time (the bundled conference) hydrates as
    // drawn; as a transition, and only when something was opened, so hydration's last task stays short.
    const kept = readConferenceMenu(storage);
    const shown = readShownConference(storage);
    if (kept.length === 0 && shown === null) return;
    startTransition(() => {
      setMenu(kept);
      setShownId(shown);
    });
  }, []);

  const show = useCallback((id: string | null) => {
    setShownId(id);
    writeShownConference(storage, id);
  }, []);

  useEffect(() => {
    if (shownId === null || opened?.conference.id === shownId) return;
    let current = true;
    void openedSchedules()
      .then((m) => m.readKeptSchedule(shownId))
      .then(
        (schedule) => {
          if (!current) return;
          if (schedule) setOpened(schedule);
          // Kept no longer (storage cleared): the bundled conference shows instead.
          else show(null);
        },
        () => current && show(null),
      );
    return () => {
      current = false;
    };
  }, [shownId, opened, show]);

  // Kept in the menu and in IndexedDB, in place of an older version of the same conference.
  const keep = useCallback((schedule: Schedule) => {
    const { conference } = schedule;
    const next = withConference(readConferenceMenu(storage), conference);
    setMenu(next.menu);
    writeConferenceMenu(storage, next.menu);
    // A newer version that goes by another id (same address) keeps the plan made for the older.
    if (next.replaced) usePlanStore.getState().renameConference(next.replaced.id, conference.id);
    void openedSchedules().then(async (m) => {
      if (next.replaced && next.replaced.id !== conference.id) {
        await m.forgetSchedule(next.replaced.id);
      }
      await m.keepSchedule(schedule);
    });
    return next.replaced;
  }, []);

  const open = useCallback(
    (schedule: Schedule, skipped: SkippedEvents) => {
      keep(schedule);
      setOpened(schedule);
      show(schedule.conference.id);
      setNote({ name: schedule.conference.name, talks: schedule.talks.length, skipped });
    },
    [keep, show],
  );

  /**
   * A newer version of a kept conference, fetched again from its address: updated in place,
   * and shown if that conference still is; no note, since the person did not open anything.
   */
  const refresh = useCallback(
    (schedule: Schedule) => {
      const replaced = keep(schedule);
      if (replaced && replaced.id === shownId) {
        setOpened(schedule);
        if (replaced.id !== schedule.conference.id) show(schedule.conference.id);
      }
    },
    [keep, show, shownId],
  );

  const remove = useCallback(
    (id: string) => {
      const index = menu.findIndex((entry) => entry.id === id);
      const entry = menu[index];
      if (!entry) return;
      const nextMenu = menu.filter((kept) => kept.id !== id);
      setMenu(nextMenu);
      writeConferenceMenu(storage, nextMenu);
      const plan = usePlanStore.getState().forgetConference(id);
      setRemoved({ entry, schedule: opened?.conference.id === id ? opened : null, plan, index });
      setNote(null);
      if (shownId === id) {
        setOpened(null);
        show(null);
      }
      void openedSchedules().then((m) => m.forgetSchedule(id));
    },
    [menu, opened, shownId, show],
  );

  const undoRemove = useCallback(() => {
    if (!removed) return;
    const nextMenu = [...menu];
    nextMenu.splice(Math.min(removed.index, nextMenu.length), 0, removed.entry);
    setMenu(nextMenu);
    writeConferenceMenu(storage, nextMenu);
    setRemoved(null);
    usePlanStore.getState().restoreConference(removed.entry.id, removed.plan);
    if (removed.schedule) {
      const { schedule } = removed;
      setOpened(schedule);
      show(schedule.conference.id);
      void openedSchedules().then((m) => m.keepSchedule(schedule));
    }
  }, [removed, menu, show]);

  const dismissRemoved = useCallback(() => setRemoved(null), []);
  const dismissNote = useCallback(() => setNote(null), []);
  const openedShown = opened !== null && opened.conference.id === shownId ? opened : null;

  return useMemo(
    () => ({
      menu,
      shownId,
      opened: openedShown,
      note,
      removedName: removed?.entry.name ?? null,
      open,
      refresh,
      switchTo: show,
      remove,
      undoRemove,
      dismissRemoved,
      dismissNote,
    }),
    [
      menu,
      shownId,
      openedShown,
      note,
      removed,
      open,
      refresh,
      show,
      remove,
      undoRemove,
      dismissRemoved,
      dismissNote,
    ],
  );
}
