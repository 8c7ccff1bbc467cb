import type { ReactNode } from 'react';
import styles from './muted-text.module.css';

/** A paragraph in the quieter text colour: loading notes, explanations beside the main content. */
export function MutedText({ children }: { children: ReactNode }) {
  return <p className={styles.muted}>{children}</p>;
}
