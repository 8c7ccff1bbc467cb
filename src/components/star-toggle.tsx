import styles from './star-toggle.module.css';

interface StarToggleProps {
  /** Whether the talk is in the plan. */
  pressed: boolean;
  /** The talk's title; the button is named "Star <title>" for screen readers. */
  talkTitle: string;
  onToggle: () => void;
  className?: string;
}

/** The star button that adds a talk to the plan or removes it; `aria-pressed` carries its state. */
export function StarToggle({ pressed, talkTitle, onToggle, className }: StarToggleProps) {
  return (
    <button
      type="button"
      className={className ? `${styles.star} ${className}` : styles.star}
      aria-pressed={pressed}
      aria-label={`Star ${talkTitle}`}
      title={pressed ? 'Remove from my plan' : 'Add to my plan'}
      onClick={onToggle}
    >
      <span aria-hidden="true">{pressed ? '★' : '☆'}</span>
    </button>
  );
}
