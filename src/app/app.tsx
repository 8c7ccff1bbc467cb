import { useEffect, useState } from 'react';
import { ClashSummary } from '../features/plan/clash-summary';
import { ExportPanel } from '../features/export/export-panel';
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
import { useServiceWorkerUpdate } from './use-service-worker-update';

type View = 'schedule' | 'plan';

// Clashes are derived in the store, so it needs the talks shown before the first render.
usePlanStore.getState().setScheduleTalks(schedule.talks);

export function App() {
  const [view, setView] = useState<View>('schedule');
  useEffect(() => syncPlanAcrossTabs(usePlanStore, window), []);
  const { updateAvailable, reload, dismiss } = useServiceWorkerUpdate();
  return (
    <div className="app">
      <header className="app__header">
        <h1>{schedule.conference.shortName}: Cilium talks</h1>
        <div className="app__tools">
          <TimeDisplaySwitch conference={schedule.conference} />
          <SharePlanButton />
          <ExportPanel schedule={schedule} />
        </div>
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
      </header>
      <StorageNotice />
      <SharedPlanFromLink schedule={schedule} />
      <main id="view-panel" role="tabpanel" aria-labelledby={`view-tab-${view}`}>
        {view === 'schedule' ? (
          <ScheduleView schedule={schedule} />
        ) : (
          <PlanView schedule={schedule} />
        )}
      </main>
      <UpdatePrompt updateAvailable={updateAvailable} onReload={reload} onDismiss={dismiss} />
      <UndoRemovalToast />
    </div>
  );
}
