import { useEffect, useRef, useState } from 'react';
import { Icon } from '@/components/icon';
import { MenuButton } from '@/components/menu-button';
import { VisuallyHidden } from '@/components/visually-hidden';
import { useShownPlan, useShownPlanActions } from '@/store/plan-selectors';
import { ClearPlanDialog } from './clear-plan-dialog';

interface PlanMenuProps {
  /** Takes focus once the plan is cleared, since everything that had it is gone. */
  focusAfterClearing: () => void;
}

/** My plan's less frequent actions, in a menu: printing, and clearing after a question. */
export function PlanMenu({ focusAfterClearing }: PlanMenuProps) {
  const count = useShownPlan((plan) => plan.starred.length);
  const { clearPlan } = useShownPlanActions();
  const [asking, setAsking] = useState(false);
  const wrapperRef = useRef<HTMLSpanElement>(null);
  // Where focus goes once the question has closed: its own place is no more.
  const afterQuestion = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (asking || !afterQuestion.current) return;
    afterQuestion.current();
    afterQuestion.current = null;
  }, [asking]);
  const focusMenuButton = () =>
    wrapperRef.current?.querySelector<HTMLButtonElement>('button[aria-haspopup]')?.focus();
  if (count === 0 && !asking) return null;
  return (
    <span ref={wrapperRef}>
      <MenuButton
        label={
          <>
            <Icon name="more" /> More
            <VisuallyHidden> plan actions</VisuallyHidden>
          </>
        }
        items={[
          { label: 'Print my plan', onSelect: () => window.print() },
          { label: 'Clear plan', onSelect: () => setAsking(true) },
        ]}
      />
      {asking && (
        <ClearPlanDialog
          count={count}
          onConfirm={() => {
            afterQuestion.current = focusAfterClearing;
            clearPlan();
            setAsking(false);
          }}
          onCancel={() => {
            afterQuestion.current = focusMenuButton;
            setAsking(false);
          }}
        />
      )}
    </span>
  );
}
