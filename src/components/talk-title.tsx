import type { MouseEvent } from 'react';
import { SeenEmoji } from './seen-emoji';
import styles from './talk-title.module.css';

interface TalkTitleProps {
  /** The heading's level where the talk sits in the page's outline. */
  as: 'h3' | 'h4';
  id: string;
  /** The caller's placement and size for the heading. */
  className: string | undefined;
  /** The address of the talk's details, for opening them in a new tab. */
  href: string;
  title: string;
  /** Opens the details in place on a plain click; without it, the link is followed. */
  onOpen: (() => void) | undefined;
}

/** A talk's title as a heading whose link opens its details. */
export function TalkTitle({ as: Heading, id, className, href, title, onOpen }: TalkTitleProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle "open in new tab" and similar.
    if (!onOpen || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <Heading id={id} className={`${styles.title} ${className ?? ''}`}>
      <a href={href} onClick={open}>
        <SeenEmoji text={title} />
      </a>
    </Heading>
  );
}
