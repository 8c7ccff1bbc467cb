import { Toast, ToastRegion } from '../../components/toast';

/** How long Undo stays on offer after a conference is removed. */
const UNDO_DURATION_MS = 8_000;

interface RemovedConferenceToastProps {
  /** The name of the conference just removed, or null when there is none to undo. */
  removedName: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Offers Undo for a few seconds after an opened conference is removed. */
export function RemovedConferenceToast({
  removedName,
  onUndo,
  onDismiss,
}: RemovedConferenceToastProps) {
  return (
    <ToastRegion label="Conference changes">
      {removedName !== null && (
        <Toast
          message={`Removed ${removedName}.`}
          actionLabel="Undo"
          onAction={onUndo}
          onDismiss={onDismiss}
          durationMs={UNDO_DURATION_MS}
        />
      )}
    </ToastRegion>
  );
}
