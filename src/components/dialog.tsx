import { useLayoutEffect, useRef, type ReactNode } from 'react';
import styles from './dialog.module.css';

interface DialogProps {
  /** Id of the heading that names the dialog. */
  titleId: string;
  onClose: () => void;
  children: ReactNode;
  /** Lays out the dialog's content. */
  className?: string;
}

/**
 * A modal dialog on the platform's own `<dialog>`: `showModal()` makes the page behind inert,
 * Escape and a click on the backdrop close it, and focus returns to where it was.
 */
export function Dialog({ titleId, onClose, children, className }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  // A layout effect, so that close() runs while the dialog is still in the page and focus can return.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    // The dialog itself takes focus, so a screen reader starts from its name, not from the close button.
    dialog.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';

    // The owner decides when the dialog goes, so that the address and the state stay in step.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    let pressedOnBackdrop = false;
    const onPointerDown = (event: PointerEvent) => {
      pressedOnBackdrop = event.target === dialog;
    };
    // Clicks on ::backdrop reach the dialog element itself; its content fills it, so any other target is inside.
    const onClick = (event: MouseEvent) => {
      if (event.target === dialog && pressedOnBackdrop) onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('pointerdown', onPointerDown);
    dialog.addEventListener('click', onClick);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('pointerdown', onPointerDown);
      dialog.removeEventListener('click', onClick);
      document.body.style.overflow = overflow;
      dialog.close();
    };
  }, []);

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} tabIndex={-1} className={styles.dialog}>
      <div className={[styles.content, className].filter(Boolean).join(' ')}>{children}</div>
    </dialog>
  );
}
