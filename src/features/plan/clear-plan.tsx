import { useState } from 'react';
import { usePlanStore } from '../../store/plan-store';

/** "Clear plan", asking first; the clearing can then still be undone from the toast. */
export function ClearPlan() {
  const count = usePlanStore((state) => state.starred.length);
  const clearPlan = usePlanStore((state) => state.clearPlan);
  const [asking, setAsking] = useState(false);
  if (count === 0) return null;
  if (!asking) {
    return (
      <button type="button" className="plan-button" onClick={() => setAsking(true)}>
        Clear plan
      </button>
    );
  }
  return (
    <div className="plan-confirm" role="group" aria-labelledby="plan-confirm-question">
      <p id="plan-confirm-question">
        Remove all {count} {count === 1 ? 'pick' : 'picks'} from your plan?
      </p>
      <button
        type="button"
        className="plan-button plan-button--danger"
        onClick={() => {
          clearPlan();
          setAsking(false);
        }}
      >
        Yes, clear my plan
      </button>
      <button type="button" className="plan-button" onClick={() => setAsking(false)}>
        Keep my plan
      </button>
    </div>
  );
}
