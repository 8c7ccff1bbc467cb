import { Toast } from '@/components/toast';

/** How long Undo stays on offer after a conference is removed (WCAG 2.2.1 asks for 20 s). */
const UNDO_DURATION_MS = 20_000;

interface RemovedConferenceToastProps {
  /** The name of the conference just removed, or null when there is none to undo. */
  removedName: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Offers Undo after an opened conference is removed. */
export function RemovedConferenceToast({
  removedName,
  onUndo,
  onDismiss,
}: RemovedConferenceToastProps) {
  return (
    <Toast
      label="Conference changes"
      notice={
        removedName === null
          ? null
          : {
              key: removedName,
              message: `Removed ${removedName}.`,
              action: { label: 'Undo', onAction: onUndo },
            }
      }
      onDismiss={onDismiss}
      durationMs={UNDO_DURATION_MS}
    />
  );
}
