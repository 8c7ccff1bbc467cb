import { Toast, ToastRegion, type ToastTimers } from '../../components/toast';
import { usePlanStore, type Removal } from '../../store/plan-store';

/** How long Undo stays on offer after a talk leaves the plan. */
const UNDO_DURATION_MS = 6_000;

/** Offers Undo for a few seconds after a talk is unstarred or the plan is cleared, wherever that happened. */
export function UndoRemovalToast({ timers }: { timers?: ToastTimers }) {
  const removal = usePlanStore((state) => state.lastRemoval);
  const title = usePlanStore((state) =>
    removal?.kind === 'unstar'
      ? state.scheduleTalks.find((talk) => talk.id === removal.talkId)?.title
      : undefined,
  );
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
  if (removal.kind === 'clear') {
    const count = removal.ids.length;
    return `Cleared ${count} ${count === 1 ? 'pick' : 'picks'} from your plan.`;
  }
  return title ? `Removed “${title}” from your plan.` : 'Removed a talk from your plan.';
}
