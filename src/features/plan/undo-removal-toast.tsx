import { useCallback, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { focusStarOf } from '@/components/star-toggle';
import { Toast, type ToastTimers } from '@/components/toast';
import { FOCUS_FALLBACK_ATTRIBUTE } from '@/lib/remove-keeping-focus';
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
  // Focus lands on what came back, not on the page body where the vanished Undo button left it.
  const undo = useCallback(() => {
    if (!removal) return;
    const hadFocus = document.activeElement;
    flushSync(undoRemoval);
    if (focusStarOf(restoredIds(removal))) return;
    if (hadFocus instanceof HTMLElement && hadFocus.isConnected) return;
    document.querySelector<HTMLElement>(`main [${FOCUS_FALLBACK_ATTRIBUTE}]`)?.focus();
  }, [removal, undoRemoval]);
  // Undo is one key away (Ctrl+Z or ⌘Z) while it is on offer, except while typing in a field.
  useEffect(() => {
    if (!removal) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (typing || event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [removal, undo]);
  return (
    <Toast
      label="Plan changes"
      notice={
        removal && {
          key: removal.id,
          message: describeRemoval(removal, title),
          action: { label: 'Undo', onAction: undo },
        }
      }
      onDismiss={dismissRemoval}
      durationMs={UNDO_DURATION_MS}
      timers={timers}
    />
  );
}

/** The talks an Undo puts back in the plan. */
function restoredIds(removal: Removal): readonly string[] {
  if (removal.kind === 'unstar') return [removal.talkId];
  if (removal.kind === 'clear') return removal.ids;
  return removal.dropped;
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
