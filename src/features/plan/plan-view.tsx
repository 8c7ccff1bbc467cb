import type { Schedule } from '../../domain/schedule-schema';
import { usePlanStore } from '../../store/plan-store';

/** The user's starred talks in time order. */
export function PlanView({ schedule }: { schedule: Schedule }) {
  const starred = usePlanStore((state) => state.starred);
  const picks = schedule.talks.filter((talk) => starred.includes(talk.id));
  return (
    <section aria-label="My plan">
      {picks.length === 0 ? (
        <p>No talks starred yet.</p>
      ) : (
        <ul>
          {picks.map((talk) => (
            <li key={talk.id}>{talk.title}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
