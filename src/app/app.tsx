import { useEffect, useState } from 'react';
import { ClashSummary } from '../features/plan/clash-summary';
import { ExportPanel } from '../features/export/export-panel';
import { NextInPlanCard } from '../features/plan/next-in-plan-card';
import { PlanView } from '../features/plan/plan-view';
import { StorageNotice } from '../features/plan/storage-notice';
import { UndoRemovalToast } from '../features/plan/undo-removal-toast';
import { ScheduleView } from '../features/schedule/schedule-view';
import { TimeDisplaySwitch } from '../features/schedule/time-display-switch';
import { SharePlanButton } from '../features/share/share-plan-button';
import { SharedPlanFromLink } from '../features/share/shared-plan-from-link';
import { syncPlanAcrossTabs } from '../store/cross-tab-sync';
import { usePlanStore } from '../store/plan-store';
import { schedule } from './schedule-data';
import { UpdatePrompt } from './update-prompt';
import { systemClock, useNow, type Clock } from './use-now';
import { useServiceWorkerUpdate } from './use-service-worker-update';
import './print.css';

type View = 'schedule' | 'plan';

// Clashes are derived in the store, so it needs the talks shown before the first render.
usePlanStore.getState().setScheduleTalks(schedule.talks);

// Often enough for "in 40 min" and the now line to stay right to the minute.
const NOW_INTERVAL_MS = 15_000;

/** The app; `clock` is the one place it reads the time from, so tests can fix it. */
export function App({ clock = systemClock }: { clock?: Clock }) {
  const [view, setView] = useState<View>('schedule');
  const now = useNow(clock, NOW_INTERVAL_MS);
  useEffect(() => syncPlanAcrossTabs(usePlanStore, window), []);
  const { updateAvailable, reload, dismiss } = useServiceWorkerUpdate();
  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">{schedule.conference.shortName}: Cilium talks</h1>
        <TimeDisplaySwitch conference={schedule.conference} />
        <div className="app__tools">
          <SharePlanButton />
          <ExportPanel schedule={schedule} />
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
      <SharedPlanFromLink schedule={schedule} />
      <NextInPlanCard conference={schedule.conference} now={now} />
      <main id="view-panel" role="tabpanel" aria-labelledby={`view-tab-${view}`}>
        {view === 'schedule' ? (
          <ScheduleView schedule={schedule} now={now} />
        ) : (
          <PlanView schedule={schedule} />
        )}
      </main>
      <UpdatePrompt updateAvailable={updateAvailable} onReload={reload} onDismiss={dismiss} />
      <UndoRemovalToast />
    </div>
  );
}
