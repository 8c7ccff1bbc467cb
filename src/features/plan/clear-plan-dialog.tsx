import { useId } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { formatCount } from '@/domain/format-count';
import styles from './clear-plan-dialog.module.css';

interface ClearPlanDialogProps {
  /** How many picks would go. */
  count: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before clearing the plan; the dialog is named by its question, so opening it says it. */
export function ClearPlanDialog({ count, onConfirm, onCancel }: ClearPlanDialogProps) {
  const questionId = useId();
  return (
    <Dialog titleId={questionId} onClose={onCancel} className={styles.confirm}>
      <h2 id={questionId} className={styles.question}>
        {count === 1 ? 'Remove your 1 pick' : `Remove all ${formatCount(count, 'pick')}`} from your
        plan?
      </h2>
      <p className={styles.hint}>You can undo this for a short while afterwards.</p>
      <div className={styles.actions}>
        <Button variant="danger" onClick={onConfirm}>
          Yes, clear my plan
        </Button>
        <Button variant="plain" onClick={onCancel}>
          Keep my plan
        </Button>
      </div>
    </Dialog>
  );
}
