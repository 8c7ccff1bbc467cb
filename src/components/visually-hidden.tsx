import type { ReactNode } from 'react';
import styles from './visually-hidden.module.css';

interface VisuallyHiddenProps {
  children: ReactNode;
  /** A heading that only screen readers need, or (by default) a phrase inside other text. */
  as?: 'span' | 'h2';
}

/** For an element that only phones hide: a label whose box says enough on a small screen. */
export const visuallyHiddenOnPhones = styles.onPhones;

/** For an element only phones show: wider screens say the same another way (a column heading). */
export const visuallyHiddenAbovePhones = styles.abovePhones;

/** Text for screen readers only: out of sight, still in the accessibility tree. */
export function VisuallyHidden({ children, as: Element = 'span' }: VisuallyHiddenProps) {
  return <Element className={styles.hidden}>{children}</Element>;
}
