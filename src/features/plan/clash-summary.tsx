import { flushSync } from 'react-dom';
import { formatCount } from '@/domain/format-count';
import { visuallyHiddenOnPhones } from '@/components/visually-hidden';
import { useClashCount } from '@/store/plan-selectors';
import { Icon } from '@/components/icon';
import { focusWhenShown } from '@/lib/focus-when-shown';
import styles from './clash-summary.module.css';

/**
 * The header's "1 clash in your plan": shows My plan through `onShow`, then moves focus to
 * the first clash. Renders nothing while the plan has no clash.
 */
export function ClashSummary({
  onShow,
  firstClashId,
  className,
}: {
  onShow: () => void;
  /** The id My plan gives its first clash (from `useId`, shared with `PlanView`). */
  firstClashId: string;
  /** Fits the summary to where it sits. */
  className?: string;
}) {
  const count = useClashCount();
  if (count === 0) return null;
  const leadToFirstClash = () => {
    // Render My plan now; on first use its code is still loading, so the clash may come later.
    flushSync(onShow);
    focusWhenShown(firstClashId);
  };
  return (
    <button
      type="button"
      className={className ? `${styles.summary} ${className}` : styles.summary}
      onClick={leadToFirstClash}
    >
      <Icon name="warning" /> {formatCount(count, 'clash', 'clashes')}
      {/* Phones have room for the count only; the words stay in the button's name. */}
      <span className={visuallyHiddenOnPhones}> in your plan</span>
    </button>
  );
}
