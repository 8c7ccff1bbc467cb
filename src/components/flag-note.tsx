import { SeenEmoji } from './seen-emoji';
import { Icon } from './icon';
import styles from './flag-note.module.css';
import type { ReactNode } from 'react';

interface FlagNoteProps {
  /** A clash needs a decision; a tight change is only worth knowing. */
  tone: 'clash' | 'tight';
  children: ReactNode;
  id?: string;
  /** Lets the note take focus when something leads the person to it. */
  focusable?: boolean;
}

/** A short, visible warning line with an icon; its text is what screen readers read. */
export function FlagNote({ tone, children, id, focusable }: FlagNoteProps) {
  return (
    <p className={`${styles.note} ${styles[tone]}`} id={id} tabIndex={focusable ? -1 : undefined}>
      <span className={styles.icon}>
        <Icon name={tone === 'clash' ? 'warning' : 'arrow'} />
      </span>
      <span>{typeof children === 'string' ? <SeenEmoji text={children} /> : children}</span>
    </p>
  );
}
