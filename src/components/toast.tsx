import { useEffect, useState, type ReactNode } from 'react';
import styles from './toast.module.css';

/** The clock functions a toast uses, so tests can drive time themselves. */
export interface ToastTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserTimers: ToastTimers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

interface ToastProps {
  message: string;
  actionLabel: string;
  onAction: () => void;
  /** Called when the time is up or the person closes the toast; should be stable. */
  onDismiss: () => void;
  durationMs: number;
  timers?: ToastTimers;
}

/**
 * A short message with one action that goes away after `durationMs`, but not while the pointer
 * or keyboard focus is on it, so there is always time to use the action.
 */
export function Toast({
  message,
  actionLabel,
  onAction,
  onDismiss,
  durationMs,
  timers = browserTimers,
}: ToastProps) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const handle = timers.setTimeout(onDismiss, durationMs);
    return () => timers.clearTimeout(handle);
  }, [held, durationMs, onDismiss, timers]);
  return (
    <div
      className={styles.toast}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p className={styles.message}>{message}</p>
      <button type="button" className={styles.action} onClick={onAction}>
        {actionLabel}
      </button>
      <button type="button" className={styles.close} aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

/** A polite live region that exists from the start, so toasts shown in it are announced. */
export function ToastRegion({ children, label }: { children?: ReactNode; label: string }) {
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-label={label}>
      {children}
    </div>
  );
}
