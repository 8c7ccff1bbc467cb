import { lazy, Suspense, useLayoutEffect, useState } from 'react';
import { ClashSummary } from '../features/plan/clash-summary';
import { ExportPanel } from '../features/export/export-panel';
import { NextInPlanCard } from '../features/plan/next-in-plan-card';
import { StorageNotice } from '../features/plan/storage-notice';
import { UndoRemovalToast } from '../features/plan/undo-removal-toast';
import { ScheduleView } from '../features/schedule/schedule-view';
import { TimeDisplaySwitch } from '../features/schedule/time-display-switch';
import { SharePlanButton } from '../features/share/share-plan-button';
import { syncPlanAcrossTabs } from '../store/cross-tab-sync';
import { usePlanStore } from '../store/plan-store';
import { UpdatePrompt } from './update-prompt';
import { useOpenedFromShareLink } from './use-opened-from-share-link';
import { loadFirstPaintSchedule, loadFullSchedule as loadBundledSchedule } from './schedule-data';
import { ShownScheduleContext, useLoadedSchedule } from '../store/shown-schedule';
import { systemClock, useNow, type Clock } from './use-now';
import { useServiceWorkerUpdate } from './use-service-worker-update';
import type { Schedule } from '../domain/schedule-schema';
import './print.css';

// Not needed for the first paint of the grid, so each arrives in its own chunk when first shown.
const PlanView = lazy(() =>
  import('../features/plan/plan-view').then((m) => ({ default: m.PlanView })),
);
const SharedPlanFromLink = lazy(() =>
  import('../features/share/shared-plan-from-link').then((m) => ({
    default: m.SharedPlanFromLink,
  })),
);

type View = 'schedule' | 'plan';

// Often enough for "in 40 min" and the now line to stay right to the minute.
const NOW_INTERVAL_MS = 15_000;

interface AppProps {
  /** The one place the app reads the time from, so tests can fix it. */
  clock?: Clock;
  /** Where the whole schedule, abstracts included, comes from after the first paint. */
  loadFullSchedule?: () => Promise<Schedule>;
}

/** The app: the schedule, the person's plan, sharing and export. */
export function App({ clock = systemClock, loadFullSchedule = loadBundledSchedule }: AppProps) {
  const shown = useLoadedSchedule(loadFirstPaintSchedule, loadFullSchedule);
  const { schedule } = shown;
  const openedFromShareLink = useOpenedFromShareLink();
  const [view, setView] = useState<View>('schedule');
  const now = useNow(clock, NOW_INTERVAL_MS);
  useLayoutEffect(() => {
    // After the first render, so a page drawn ahead of time matches it; before the first paint.
    void usePlanStore.persist.rehydrate();
    return syncPlanAcrossTabs(usePlanStore, window);
  }, []);
  const { updateAvailable, reload, dismiss } = useServiceWorkerUpdate();
  return (
    <ShownScheduleContext value={shown}>
      <div className="app">
        <header className="app__header">
          <h1 className="app__title">{schedule.conference.shortName}: Cilium talks</h1>
          <TimeDisplaySwitch />
          <div className="app__tools">
            <SharePlanButton />
            <ExportPanel />
          </div>
          <div className="app__nav">
            <div role="tablist" aria-label="View" className="view-tabs">
              <button
                type="button"
                role="tab"
                id="view-tab-schedule"
                aria-selected={view === 'schedule'}
                aria-controls="view-panel"
                onClick={() => setView('schedule')}
              >
                Schedule
              </button>
              <button
                type="button"
                role="tab"
                id="view-tab-plan"
                aria-selected={view === 'plan'}
                aria-controls="view-panel"
                onClick={() => setView('plan')}
              >
                My plan
              </button>
            </div>
            <ClashSummary onShow={() => setView('plan')} />
          </div>
        </header>
        <StorageNotice />
        {openedFromShareLink && (
          <Suspense fallback={<p className="muted">Loading the shared plan…</p>}>
            <SharedPlanFromLink />
          </Suspense>
        )}
        <NextInPlanCard now={now} />
        <main className="app__main">
          <div id="view-panel" role="tabpanel" aria-labelledby={`view-tab-${view}`}>
            {view === 'schedule' ? (
              <ScheduleView now={now} />
            ) : (
              <Suspense fallback={<p className="muted">Loading your plan…</p>}>
                <PlanView />
              </Suspense>
            )}
          </div>
        </main>
        <UpdatePrompt updateAvailable={updateAvailable} onReload={reload} onDismiss={dismiss} />
        <UndoRemovalToast />
      </div>
    </ShownScheduleContext>
  );
}
