import styles from './must-see-checkbox.module.css';

interface MustSeeCheckboxProps {
  /** Whether the pick is one the person will not give up. */
  checked: boolean;
  onToggle: () => void;
  className?: string;
}

/** The "Must see" checkbox shown on a starred talk; its label is its accessible name. */
export function MustSeeCheckbox({ checked, onToggle, className }: MustSeeCheckboxProps) {
  return (
    <label className={className ? `${styles.mustSee} ${className}` : styles.mustSee}>
      <input type="checkbox" className={styles.box} checked={checked} onChange={onToggle} />
      Must see
    </label>
  );
}
