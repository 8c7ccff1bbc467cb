import { Icon } from './icon';
import styles from './star-toggle.module.css';

interface StarToggleProps {
  /** Whether the talk is in the plan. */
  pressed: boolean;
  onToggle: () => void;
  /** Ids of what the star's state means for the talk, such as its clash notes. */
  describedBy?: string;
  /** With a visible "Star" and what it does, as one wide button (the talk's details). */
  labelled?: boolean;
  /** Not yet pressable: the page drawn at build time shows stars before its code has arrived. */
  disabled?: boolean;
  className?: string;
  /** The talk's id, by which `focusStarOf` finds this star again. */
  talkId?: string;
}

/**
 * Focuses the first star on the page (in document order) of any of `talkIds`; says whether one was found.
 *
 * @example focusStarOf(['1Rj0z']) // true when that talk's star is shown
 */
export function focusStarOf(talkIds: readonly string[]): boolean {
  const ids = new Set(talkIds);
  const star = Array.from(document.querySelectorAll<HTMLElement>('button[data-talk-id]')).find(
    (button) => ids.has(button.dataset.talkId ?? ''),
  );
  star?.focus();
  return star !== undefined;
}

/**
 * The star button that adds a talk to the plan or removes it; `aria-pressed` carries its state.
 * It is named "Star" only: the talk's article or dialog already names the talk.
 */
export function StarToggle({
  pressed,
  onToggle,
  describedBy,
  labelled,
  disabled,
  className,
  talkId,
}: StarToggleProps) {
  const classes = [styles.star, labelled && styles.labelled, className].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-pressed={pressed}
      aria-label={labelled ? undefined : 'Star'}
      aria-describedby={describedBy}
      disabled={disabled}
      data-talk-id={talkId}
      onClick={onToggle}
    >
      <span className={styles.glyph}>
        <Icon name="star" filled={pressed} />
      </span>
      {labelled && (
        <>
          <span className={styles.word}>Star</span>
          {/* What the press did, seen; aria-pressed says it to screen readers. */}
          <span aria-hidden="true" className={styles.state}>
            {pressed ? 'in my plan' : 'add to my plan'}
          </span>
        </>
      )}
    </button>
  );
}
