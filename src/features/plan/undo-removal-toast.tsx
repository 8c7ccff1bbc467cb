import { Toast, ToastRegion, type ToastTimers } from '../../components/toast';
import { usePlanStore, type Removal } from '../../store/plan-store';
import { formatCount } from '../../domain/format-count';
import { useScheduleTalks } from '../../store/shown-schedule';

/** How long Undo stays on offer after a talk leaves the plan. */
const UNDO_DURATION_MS = 6_000;

/** Offers Undo for a few seconds after a talk is unstarred or the plan is cleared, wherever that happened. */
export function UndoRemovalToast({ timers }: { timers?: ToastTimers }) {
  const removal = usePlanStore((state) => state.lastRemoval);
  const talks = useScheduleTalks();
  const title =
    removal?.kind === 'unstar'
      ? talks.find((talk) => talk.id === removal.talkId)?.title
      : undefined;
  const undoRemoval = usePlanStore((state) => state.undoRemoval);
  const dismissRemoval = usePlanStore((state) => state.dismissRemoval);
  return (
    <ToastRegion label="Plan changes">
      {removal && (
        <Toast
          key={removal.id}
          message={describeRemoval(removal, title)}
          actionLabel="Undo"
          onAction={undoRemoval}
          onDismiss={dismissRemoval}
          durationMs={UNDO_DURATION_MS}
          timers={timers}
        />
      )}
    </ToastRegion>
  );
}

function describeRemoval(removal: Removal, title: string | undefined): string {
  if (removal.kind === 'resolve') {
    return `Dropped ${formatCount(removal.dropped.length, 'pick')} to resolve clashes.`;
  }
  if (removal.kind === 'clear') {
    return `Cleared ${formatCount(removal.ids.length, 'pick')} from your plan.`;
  }
  return title ? `Removed “${title}” from your plan.` : 'Removed a talk from your plan.';
}
