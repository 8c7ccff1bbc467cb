import { useId } from 'react';
import { FlagNote } from '../../components/flag-note';
import { StarToggle } from '../../components/star-toggle';
import { describeClash, describeTightChange } from '../../domain/plan/describe-plan-flags';
import type { TightChange } from '../../domain/plan/find-tight-changes';
import type { Talk } from '../../domain/schedule-schema';
import { useClashesWith } from '../../store/plan-selectors';
import { usePlanStore } from '../../store/plan-store';

interface PlanTalkProps {
  talk: Talk;
  timeRange: string;
  /** The tight change that ends at this talk, if any. */
  tightChange: TightChange | undefined;
  /** Marks this talk's first clash as where the header's clash summary leads. */
  firstClash: boolean;
}

/** One pick in My plan, with its clashes and a tight change before it flagged. */
export function PlanTalk({ talk, timeRange, tightChange, firstClash }: PlanTalkProps) {
  const titleId = useId();
  const clashes = useClashesWith(talk.id);
  const toggleStar = usePlanStore((state) => state.toggleStar);
  return (
    <article className="plan-talk" aria-labelledby={titleId}>
      <div className="plan-talk__head">
        <p className="plan-talk__meta">
          <span className="plan-talk__time">{timeRange}</span> · <span>{talk.column}</span>
        </p>
        <StarToggle pressed talkTitle={talk.title} onToggle={() => toggleStar(talk.id)} />
      </div>
      <h3 id={titleId} className="plan-talk__title">
        {talk.title}
      </h3>
      {tightChange && <FlagNote tone="tight">{describeTightChange(tightChange)}</FlagNote>}
      {clashes.map((clash, index) => (
        <FlagNote
          key={clash.other.id}
          tone="clash"
          id={firstClash && index === 0 ? FIRST_CLASH_ID : undefined}
          focusable={firstClash && index === 0}
        >
          {describeClash(clash)}
        </FlagNote>
      ))}
    </article>
  );
}

/** The element the header's clash summary moves focus to. */
export const FIRST_CLASH_ID = 'plan-first-clash';
