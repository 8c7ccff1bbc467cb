import { quoteExcerpt } from '../../domain/text/quote-excerpt';
import { useMissingPickIds } from '../../store/plan-selectors';
import { usePlanStore } from '../../store/plan-store';

/** Picks whose talks the schedule no longer lists: kept, shown, and removable by hand. */
export function MissingPicks() {
  const missingIds = useMissingPickIds();
  const toggleStar = usePlanStore((state) => state.toggleStar);
  if (missingIds.length === 0) return null;
  return (
    <section className="plan-missing" aria-labelledby="plan-missing-heading">
      <h2 id="plan-missing-heading">No longer in the schedule</h2>
      <p className="muted">
        These picks name talks the schedule no longer lists. They are kept in case the talks come
        back, and left out of clashes and the calendar file.
      </p>
      <ul>
        {missingIds.map((id) => (
          <li key={id} className="plan-missing__item">
            <span>Talk {quoteExcerpt(id)}</span>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove talk ${quoteExcerpt(id)} from my plan`}
              onClick={() => toggleStar(id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
