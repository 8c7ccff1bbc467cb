import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { useShownPlan, useShownPlanActions } from '@/store/plan-selectors';
import styles from './clear-plan.module.css';
import { formatCount } from '@/domain/format-count';

/** "Clear plan", asking first; the clearing can then still be undone from the toast. */
export function ClearPlan() {
  const count = useShownPlan((plan) => plan.starred.length);
  const { clearPlan } = useShownPlanActions();
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
