import { useId } from 'react';
import { Button } from '@/components/button';
import { MutedText } from '@/components/muted-text';
import { quoteExcerpt } from '@/domain/text/quote-excerpt';
import { useMissingPickIds, useShownPlanActions } from '@/store/plan-selectors';
import styles from './missing-picks.module.css';

/** Picks whose talks the schedule no longer lists: kept, shown, and removable by hand. */
export function MissingPicks() {
  const headingId = useId();
  const missingIds = useMissingPickIds();
  const { toggleStar } = useShownPlanActions();
  if (missingIds.length === 0) return null;
  return (
    <section className={styles.missing} aria-labelledby={headingId}>
      <h2 id={headingId}>No longer in the schedule</h2>
      <MutedText>
        These picks name talks the schedule no longer lists. They are kept in case the talks come
        back, and left out of clashes and the calendar file.
      </MutedText>
      <ul>
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
      </ul>
    </section>
  );
}
