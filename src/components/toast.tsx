import { useEffect, useState } from 'react';
import { SeenEmoji } from './seen-emoji';
import { Icon } from './icon';
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

/** What a toast says; a new `key` is a new message, announced even when its text repeats. */
export interface ToastNotice {
  key: string | number;
  message: string;
  /** A problem is shown in the danger colours. */
  tone?: 'info' | 'problem';
  action?: { label: string; onAction: () => void };
}

interface ToastProps {
  /** Names the toast's place for screen readers, e.g. "Plan changes". */
  label: string;
  /** The message shown, or null while there is none. */
  notice: ToastNotice | null;
  /** Called when the time is up or the person closes the toast; should be stable. */
  onDismiss: () => void;
  durationMs: number;
  timers?: ToastTimers;
}

/**
 * A message at the bottom of the screen, with an optional action, that goes away after
 * `durationMs` but not while the pointer or keyboard focus is on it. Only the message is a live
 * region, and it exists from the start, so each message is announced and the buttons are not.
 */
export function Toast({
  label,
  notice,
  onDismiss,
  durationMs,
  timers = browserTimers,
}: ToastProps) {
  const [held, setHeld] = useState(false);
  const key = notice?.key;
  useEffect(() => {
    if (held || key === undefined) return;
    const handle = timers.setTimeout(onDismiss, durationMs);
    return () => timers.clearTimeout(handle);
  }, [held, key, durationMs, onDismiss, timers]);
  const toneClass = notice?.tone === 'problem' ? styles.problem : '';
  return (
    <div className={styles.region} role="group" aria-label={label}>
      <div
        className={notice ? `${styles.toast} ${toneClass}` : styles.idle}
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <p className={styles.message} role="status">
          {notice && (
            <span key={notice.key}>
              <SeenEmoji text={notice.message} />
            </span>
          )}
        </p>
        {notice?.action && (
          <button type="button" className={styles.action} onClick={notice.action.onAction}>
            {notice.action.label}
          </button>
        )}
        {notice && (
          <button type="button" className={styles.close} aria-label="Dismiss" onClick={onDismiss}>
            <Icon name="close" />
          </button>
        )}
      </div>
    </div>
  );
}
