import { useEffect } from 'react';
import { Toast, type ToastTimers } from '@/components/toast';
import { useLastRemoval, useShownPlanActions } from '@/store/plan-selectors';
import type { Removal } from '@/store/plan-store';
import { formatCount } from '@/domain/format-count';
import { useScheduleTalks } from '@/store/shown-schedule';

/** How long Undo stays on offer: long enough to reach with a screen reader (WCAG 2.2.1 asks for 20 s). */
const UNDO_DURATION_MS = 20_000;

/** Offers Undo for a few seconds after a talk is unstarred or the plan is cleared, wherever that happened. */
export function UndoRemovalToast({ timers }: { timers?: ToastTimers }) {
  const removal = useLastRemoval();
  const talks = useScheduleTalks();
  const title =
    removal?.kind === 'unstar'
      ? talks.find((talk) => talk.id === removal.talkId)?.title
      : undefined;
  const { undoRemoval, dismissRemoval } = useShownPlanActions();
  // Undo is one key away (Ctrl+Z or ⌘Z) while it is on offer, except while typing in a field.
  useEffect(() => {
    if (!removal) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (typing || event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      undoRemoval();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [removal, undoRemoval]);
  return (
    <Toast
      label="Plan changes"
      notice={
        removal && {
          key: removal.id,
          message: describeRemoval(removal, title),
          action: { label: 'Undo', onAction: undoRemoval },
        }
      }
      onDismiss={dismissRemoval}
      durationMs={UNDO_DURATION_MS}
      timers={timers}
    />
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
