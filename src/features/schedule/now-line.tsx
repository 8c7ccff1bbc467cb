import { useEffect, useRef, type CSSProperties } from 'react';
import styles from './now-line.module.css';

interface NowLineProps {
  /** The CSS grid row line the current moment falls in. */
  gridRow: number;
  /** How far down that row the moment falls, from 0 to 1. */
  fraction: number;
  /** The current time as shown, e.g. "Now 4:45 PM". */
  label: string;
}

/** A line across the day's timeline at the current moment, labelled with the time. */
export function NowLine({ gridRow, fraction, label }: NowLineProps) {
  const style = {
    gridRow,
    gridColumn: '1 / -1',
    '--now-at': `${(fraction * 100).toFixed(2)}%`,
  } as CSSProperties;
  const lineRef = useRef<HTMLDivElement>(null);
  // Opening the app during the conference shows what is on now, not the morning's first talk.
  useEffect(() => {
    const line = lineRef.current;
    if (line && typeof line.scrollIntoView === 'function') {
      line.scrollIntoView({ block: 'center' });
    }
  }, []);
  return (
    <div ref={lineRef} className={styles.line} style={style}>
      <p className={styles.label}>{label}</p>
    </div>
  );
}
