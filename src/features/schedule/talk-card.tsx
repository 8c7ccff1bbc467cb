import { memo, useId } from 'react';
import type { Talk } from '../../domain/schedule-schema';
import { StarToggle } from '../../components/star-toggle';
import { useIsStarred, usePlanStore } from '../../store/plan-store';

interface TalkCardProps {
  talk: Talk;
  timeRange: string;
}

/** One talk in the schedule: its title, time and speakers, with its star toggle. */
export const TalkCard = memo(function TalkCard({ talk, timeRange }: TalkCardProps) {
  const titleId = useId();
  const starred = useIsStarred(talk.id);
  const toggleStar = usePlanStore((state) => state.toggleStar);
  return (
    <article className="talk-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="talk-card__title">
        {talk.title}
      </h3>
      <p className="talk-card__time">{timeRange}</p>
      {talk.speakers.length > 0 && (
        <p className="talk-card__speakers">
          {talk.speakers
            .map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
            .join(', ')}
        </p>
      )}
      <StarToggle pressed={starred} talkTitle={talk.title} onToggle={() => toggleStar(talk.id)} />
    </article>
  );
});
