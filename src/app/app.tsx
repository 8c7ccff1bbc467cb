import {
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type ComponentProps,
} from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { MutedText } from '@/components/muted-text';
import { TabPanel, Tabs, type Tab } from '@/components/tabs';
import { Icon } from '@/components/icon';
import { ExportPlanButton } from '@/features/export/export-plan-button';
import { OpenScheduleButton } from '@/features/open-schedule/open-schedule-button';
import { ScheduleView } from '@/features/schedule/schedule-view';
import { TalkDetailsFromLink } from '@/features/schedule/talk-details-from-link';
import { openTalkDetails } from '@/features/schedule/use-talk-hash';
import { TimeDisplaySwitch } from '@/features/schedule/time-display-switch';
import { SharePlanButton } from '@/features/share/share-plan-button';
import { syncPlanAcrossTabs } from '@/store/cross-tab-sync';
import { usePlanStore } from '@/store/plan-store';
import { useClashCount } from '@/store/plan-selectors';
import { useFollowScheduleChanges } from '@/store/schedule-changes';
import { useHydrated } from '@/store/use-hydrated';
import { useOpenedFromShareLink } from './use-opened-from-share-link';
import { usePageIdle } from './use-page-idle';
import { loadFirstPaintSchedule, loadFullSchedule as loadBundledSchedule } from './schedule-data';
import {
  ShownScheduleContext,
  useLoadedSchedule,
  type ShownSchedule,
} from '@/store/shown-schedule';
import { useConferences } from './use-conferences';
import { systemClock, useNow, type Clock } from './use-now';
import type { Schedule } from '@/domain/schedule-schema';
import { conferenceToday } from '@/domain/time/conference-today';
import styles from './app.module.css';
import './print.css';

// Not needed for the first paint of the grid, so each arrives in its own chunk when first shown.
const PlanView = lazyComponent(() => import('@/features/plan/plan-view').then((m) => m.PlanView));
const ReminderSelect = lazyComponent(() =>
  import('@/features/export/reminder-select').then((m) => m.ReminderSelect),
);
// Each waits for a change (of plan, storage, schedule or version), so each loads once the page is idle.
const StorageNotice = lazyComponent(() =>
  import('@/features/plan/storage-notice').then((m) => m.StorageNotice),
);
const ScheduleChangesNotice = lazyComponent(() =>
  import('@/features/plan/schedule-changes-notice').then((m) => m.ScheduleChangesNotice),
);
const UndoRemovalToast = lazyComponent(() =>
  import('@/features/plan/undo-removal-toast').then((m) => m.UndoRemovalToast),
);
const ClashAnnouncer = lazyComponent(() =>
  import('@/features/plan/clash-announcer').then((m) => m.ClashAnnouncer),
);
const ServiceWorkerUpdates = lazyComponent(() =>
  import('./service-worker-updates').then((m) => m.ServiceWorkerUpdates),
);
// Only once the plan has a clash, which clash detection (itself loaded with a plan of two) finds.
const ClashSummary = lazyComponent(() =>
  import('@/features/plan/clash-summary').then((m) => m.ClashSummary),
);
// Only shown during the conference.
const NextInPlanCard = lazyComponent(() =>
  import('@/features/plan/next-in-plan-card').then((m) => m.NextInPlanCard),
);
const SharedPlanFromLink = lazyComponent(() =>
  import('@/features/share/shared-plan-from-link').then((m) => m.SharedPlanFromLink),
);

// Only shown once a schedule has been opened, so none of them weighs on the first paint.
const ConferenceSwitcher = lazyComponent(() =>
  import('@/features/conferences/conference-switcher').then((m) => m.ConferenceSwitcher),
);
const OpenedNote = lazyComponent(() =>
  import('@/features/conferences/opened-note').then((m) => m.OpenedNote),
);
const CheckForChanges = lazyComponent(() =>
  import('@/features/open-schedule/check-for-changes').then((m) => m.CheckForChanges),
);
const RemovedConferenceToast = lazyComponent(() =>
  import('@/features/conferences/removed-conference-toast').then((m) => m.RemovedConferenceToast),
);

/** The header's clash summary, fetched once the plan shown has a clash. */
function ClashSummaryOnceClashing(props: ComponentProps<typeof ClashSummary>) {
  const hasClash = useClashCount() > 0;
  return (
    hasClash && (
      <Suspense fallback={null}>
        <ClashSummary {...props} />
      </Suspense>
    )
  );
}

type View = 'schedule' | 'plan';

const VIEW_TABS = [
  {
    value: 'schedule',
    label: (
      <>
        <Icon name="grid" /> Schedule
      </>
    ),
  },
  {
    value: 'plan',
    label: (
      <>
        <Icon name="list" /> My plan
      </>
    ),
  },
] as const satisfies readonly Tab<View>[];

/** The bundled conference's title, in the heading and in the "Conference" menu. */
const bundledTitle = (schedule: Schedule) => `${schedule.conference.shortName}: Cilium talks`;

// `?schedule=<url>` opens that schedule as the page loads.
const scheduleUrlFromAddress = (): string | null =>
  new URLSearchParams(window.location.search).get('schedule');

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
  const bundled = useLoadedSchedule(loadFirstPaintSchedule, loadFullSchedule);
  const conferences = useConferences();
  const { opened } = conferences;
  const openedShown = useMemo<ShownSchedule | null>(
    () =>
      opened && {
        schedule: opened,
        abstractStatus: 'loaded',
        loadFullSchedule: () => Promise.resolve(opened),
      },
    [opened],
  );
  const shown = openedShown ?? bundled;
  const { schedule } = shown;
  const bundledId = bundled.schedule.conference.id;
  const bundledName = bundledTitle(bundled.schedule);
  // The page drawn at build time knows no address, no clock and no saved state: they come after.
  const hydrated = useHydrated();
  const scheduleUrl = useMemo(() => (hydrated ? scheduleUrlFromAddress() : null), [hydrated]);
  const openedFromShareLink = useOpenedFromShareLink();
  const [view, setView] = useState<View>('schedule');
  const viewTabsId = useId();
  const firstClashId = useId();
  const clockNow = useNow(clock, NOW_INTERVAL_MS);
  const now = hydrated ? clockNow : undefined;
  useEffect(() => {
    // After the first render, so a page drawn ahead of time matches it; not in the commit's own
    // task, which hydration keeps short.
    void usePlanStore.loadSavedPlan(bundledId);
    return syncPlanAcrossTabs(usePlanStore, window);
  }, [bundledId]);
  const { menu, shownId, switchTo } = conferences;
  const knownConferences = useMemo(
    () => [{ id: bundledId, name: bundledName }, ...menu],
    [bundledId, bundledName, menu],
  );
  const showConference = useCallback(
    (id: string) => switchTo(id === bundledId ? null : id),
    [bundledId, switchTo],
  );
  useFollowScheduleChanges(schedule.conference.id, schedule.talks);
  const idle = usePageIdle();
  return (
    <ShownScheduleContext value={shown}>
      <div className={styles.app}>
        <header className={styles.header}>
          <h1 className={styles.title}>
            {opened ? opened.conference.name : bundledTitle(schedule)}
          </h1>
          <ClashSummaryOnceClashing
            onShow={() => setView('plan')}
            firstClashId={firstClashId}
            className={styles.clashSummary}
          />
          <TimeDisplaySwitch className={styles.switch} />
          <div className={styles.conference}>
            {opened?.conference.source.url && (
              <Suspense fallback={null}>
                <CheckForChanges
                  key={opened.conference.id}
                  schedule={opened}
                  onUpdated={conferences.refresh}
                  now={clock}
                />
              </Suspense>
            )}
            <OpenScheduleButton onOpened={conferences.open} scheduleUrl={scheduleUrl} now={clock} />
            {conferences.menu.length > 0 && (
              <Suspense fallback={null}>
                <ConferenceSwitcher
                  bundledName={bundledName}
                  menu={conferences.menu}
                  shownId={conferences.shownId}
                  onSwitch={conferences.switchTo}
                  onRemove={conferences.remove}
                />
              </Suspense>
            )}
          </div>
        </header>
        {/* On a laptop the bar sits on the header's rule; on a phone it is fixed to the bottom edge. */}
        <div className={styles.planBar}>
          <Tabs id={viewTabsId} label="View" tabs={VIEW_TABS} selected={view} onSelect={setView} />
          <div className={styles.planActions}>
            <SharePlanButton className={styles.planAction} />
            <ExportPlanButton className={styles.planAction} />
          </div>
        </div>
        {idle && (
          <Suspense fallback={null}>
            <StorageNotice />
            <ScheduleChangesNotice />
          </Suspense>
        )}
        {conferences.note && (
          <Suspense fallback={null}>
            <OpenedNote {...conferences.note} onDismiss={conferences.dismissNote} />
          </Suspense>
        )}
        {openedFromShareLink && (
          <Suspense fallback={<MutedText>Loading the shared plan…</MutedText>}>
            <SharedPlanFromLink
              bundledId={bundledId}
              conferences={knownConferences}
              shownId={shownId ?? bundledId}
              onSwitch={showConference}
            />
          </Suspense>
        )}
        {now !== undefined &&
          conferenceToday(schedule.conference.days, now, schedule.conference.timeZone) !== null && (
            <Suspense fallback={null}>
              <NextInPlanCard now={now} />
            </Suspense>
          )}
        <main>
          <TabPanel tabsId={viewTabsId} selected={view}>
            {view === 'schedule' ? (
              <ScheduleView key={schedule.conference.id} now={now} idle={idle} />
            ) : (
              <>
                <Suspense fallback={<MutedText>Loading your plan…</MutedText>}>
                  <PlanView
                    firstClashId={firstClashId}
                    exportSettings={
                      <Suspense fallback={null}>
                        <ReminderSelect />
                      </Suspense>
                    }
                    onOpenTalk={openTalkDetails}
                  />
                </Suspense>
                {/* The schedule shows the same dialog itself; a title in My plan opens it here. */}
                <TalkDetailsFromLink />
              </>
            )}
          </TabPanel>
        </main>
        {idle && (
          <Suspense fallback={null}>
            <ServiceWorkerUpdates />
            <UndoRemovalToast />
            <ClashAnnouncer />
          </Suspense>
        )}
        {conferences.removedName !== null && (
          <Suspense fallback={null}>
            <RemovedConferenceToast
              removedName={conferences.removedName}
              onUndo={conferences.undoRemove}
              onDismiss={conferences.dismissRemoved}
            />
          </Suspense>
        )}
      </div>
    </ShownScheduleContext>
  );
}
