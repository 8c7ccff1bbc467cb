import styles from './update-prompt.module.css';

interface UpdatePromptProps {
  updateAvailable: boolean;
  onReload: () => void;
  onDismiss: () => void;
}

/** A quiet corner note, "Update available — Reload", shown when a new version of the app waits. */
export function UpdatePrompt({ updateAvailable, onReload, onDismiss }: UpdatePromptProps) {
  return (
    // Always present and empty when quiet, so screen readers announce what appears in it.
    <div role="status" className={styles.prompt}>
      {updateAvailable && (
        <>
          <span>Update available</span>
          <button type="button" onClick={onReload}>
            Reload
          </button>
          <button type="button" onClick={onDismiss}>
            Later
          </button>
        </>
      )}
    </div>
  );
}
