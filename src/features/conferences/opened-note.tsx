import { Button } from '@/components/button';
import type { SkippedEvents } from '@/domain/import/import-schedule';
import { formatCount } from '@/domain/format-count';
import styles from './conference-switcher.module.css';

interface OpenedNoteProps {
  name: string;
  talks: number;
  skipped: SkippedEvents;
  onDismiss: () => void;
}

/** Says what was opened, and how many events were left out and why. */
export function OpenedNote({ name, talks, skipped, onDismiss }: OpenedNoteProps) {
  const skippedText =
    skipped.count === 0
      ? ''
      : ` ${formatCount(skipped.count, 'event')} could not be read and ${skipped.count === 1 ? 'was' : 'were'} skipped: ${skipped.reasons.slice(0, 3).join('; ')}.`;
  return (
    <div role="status" className={styles.note}>
      <p>
        Opened {name}: {formatCount(talks, 'talk')}.{skippedText}
      </p>
      <Button variant="plain" compact onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
