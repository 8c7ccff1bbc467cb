import { Button } from '@/components/button';
import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import { useMissingPickIds, useShownPlanActions } from '@/store/plan-selectors';
import styles from './missing-picks.module.css';
import { PlanListSection } from './plan-list-section';

/** Picks whose talks the schedule no longer lists: kept, shown, and removable by hand. */
export function MissingPicks() {
  const missingIds = useMissingPickIds();
  const { toggleStar } = useShownPlanActions();
  if (missingIds.length === 0) return null;
  return (
    <PlanListSection
      heading="No longer in the schedule"
      tone="missing"
      intro="These picks name talks the schedule no longer lists. They are kept in case the talks come back, and left out of clashes and the calendar file."
    >
      {missingIds.map((id) => (
        <li key={id} className={styles.item}>
          <span>Talk {quoteExcerpt(id)}</span>
          <Button
            variant="link"
            aria-label={`Remove talk ${quoteExcerpt(id)} from my plan`}
            onClick={() => toggleStar(id)}
          >
            Remove
          </Button>
        </li>
      ))}
    </PlanListSection>
  );
}
