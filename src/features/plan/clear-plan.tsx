import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { usePlanStore } from '@/store/plan-store';
import styles from './clear-plan.module.css';
import { formatCount } from '@/domain/format-count';

/** "Clear plan", asking first; the clearing can then still be undone from the toast. */
export function ClearPlan() {
  const count = usePlanStore((state) => state.starred.length);
  const clearPlan = usePlanStore((state) => state.clearPlan);
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  if (count === 0) return null;
  if (!asking) {
    return (
      <Button variant="plain" onClick={() => setAsking(true)}>
        Clear plan
      </Button>
    );
  }
  return (
    <div className={styles.confirm} role="group" aria-labelledby={questionId}>
      <p id={questionId}>Remove all {formatCount(count, 'pick')} from your plan?</p>
      <Button
        variant="danger"
        onClick={() => {
          clearPlan();
          setAsking(false);
        }}
      >
        Yes, clear my plan
      </Button>
      <Button variant="plain" onClick={() => setAsking(false)}>
        Keep my plan
      </Button>
    </div>
  );
}
