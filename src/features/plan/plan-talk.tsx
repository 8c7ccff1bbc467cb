import { useId, useRef } from 'react';
import { FlagNote } from '@/components/flag-note';
import { MustSeeCheckbox } from '@/components/must-see-checkbox';
import { StarToggle } from '@/components/star-toggle';
import { talkCardSurface } from '@/components/talk-card-surface';
import { TalkTitle } from '@/components/talk-title';
import { describeClash, describeTightChange } from '@/domain/plan/describe-plan-flags';
import type { TightChange } from '@/domain/plan/find-tight-changes';
import type { Talk } from '@/domain/schedule-schema';
import { writeFragment } from '@/domain/fragment/url-fragment';
import { shortUrl } from '@/domain/text/short-url';
import { useClashesWith, useIsMustSee, useShownPlanActions } from '@/store/plan-selectors';
import { removeKeepingFocus } from '@/lib/remove-keeping-focus';
import styles from './plan-talk.module.css';

interface PlanTalkProps {
  talk: Talk;
  timeRange: string;
  /** The tight change that ends at this talk, if any. */
  tightChange: TightChange | undefined;
  /** The id for this talk's first clash when it is where the header's clash summary leads. */
  firstClashId: string | undefined;
  /** Opens the talk's details, as its title does in the schedule. */
  onOpen: ((talkId: string) => void) | undefined;
}

/** One pick in My plan, with its clashes and a tight change before it flagged. */
export function PlanTalk({ talk, timeRange, tightChange, firstClashId, onOpen }: PlanTalkProps) {
  const titleId = useId();
  const articleRef = useRef<HTMLElement>(null);
  const clashes = useClashesWith(talk.id);
  const { toggleStar, toggleMustSee } = useShownPlanActions();
  const mustSee = useIsMustSee(talk.id);
  const printedUrl = talk.url ? shortUrl(talk.url) : null;
  return (
    <article
      ref={articleRef}
      className={`${talkCardSurface} ${styles.talk}`}
      aria-labelledby={titleId}
    >
      <TalkTitle
        as="h4"
        id={titleId}
        className={styles.title}
        href={writeFragment({ talk: talk.id })}
        title={talk.title}
        onOpen={onOpen && (() => onOpen(talk.id))}
      />
      <p className={styles.meta}>
        <span className={styles.time}>{timeRange}</span> · <span>{talk.column}</span>
      </p>
      <StarToggle
        className={styles.star}
        talkId={talk.id}
        pressed
        onToggle={() => removeKeepingFocus(() => toggleStar(talk.id), articleRef.current)}
      />
      {talk.speakers.length > 0 && (
        <p className={styles.speakers}>
          {talk.speakers
            .map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
            .join(', ')}
        </p>
      )}
      {/* On paper, where the details dialog is out of reach, the way to the talk's page. */}
      {printedUrl && <p className={styles.url}>{printedUrl}</p>}
      <MustSeeCheckbox checked={mustSee} onToggle={() => toggleMustSee(talk.id)} />
      {tightChange && <FlagNote tone="tight">{describeTightChange(tightChange)}</FlagNote>}
      {clashes.map((clash, index) => (
        <FlagNote
          key={clash.other.id}
          tone="clash"
          id={index === 0 ? firstClashId : undefined}
          focusable={index === 0 && firstClashId !== undefined}
        >
          {describeClash(clash)}
        </FlagNote>
      ))}
    </article>
  );
}
