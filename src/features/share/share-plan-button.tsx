import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { shareLink } from '../../domain/share/share-link';
import { usePlanStore } from '../../store/plan-store';
import { copyLink, type CopyOutcome } from './copy-link';
import { Button } from '../../components/button';
import styles from './share-plan-button.module.css';

const outcomeText: Record<CopyOutcome, string> = {
  copied: 'Link copied',
  'select-and-copy': 'Select and copy the link',
};

const leftOutNote = (count: number) =>
  `${count} saved ${count === 1 ? 'pick has an id' : 'picks have ids'} no talk could have, so ${count === 1 ? 'it is' : 'they are'} left out of the link and listed under My plan`;

/** The "Share plan" button: reveals a link to one's picks in a read-only box and copies it. */
export function SharePlanButton({ className }: { className?: string }) {
  const starred = usePlanStore((state) => state.starred);
  const mustSee = usePlanStore((state) => state.mustSee);
  const [revealed, setRevealed] = useState(false);
  const [copied, setCopied] = useState<{ link: string; outcome: CopyOutcome } | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const shared = revealed ? shareLink(window.location.href, starred, mustSee) : null;
  const link = shared?.href ?? '';
  // A plan changed since copying has a new link, so the old outcome no longer applies.
  const outcome = copied !== null && copied.link === link ? copied.outcome : null;

  const share = async () => {
    const current = shareLink(window.location.href, starred, mustSee).href;
    // The box must be on screen before copying, so the fallback can select its text.
    flushSync(() => {
      setRevealed(true);
      setCopied(null);
    });
    setCopied({ link: current, outcome: await copyLink(current, fieldRef.current) });
  };

  return (
    <div className={className ? `${styles.share} ${className}` : styles.share}>
      <Button variant="outline" onClick={() => void share()}>
        Share plan
      </Button>
      {revealed && (
        <div className={styles.panel}>
          <label htmlFor={fieldId}>Share link</label>
          <input
            id={fieldId}
            ref={fieldRef}
            className={styles.link}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className={styles.note} role="status">
            {outcome && outcomeText[outcome]}
            {outcome && starred.length === 0 && '. Your plan is empty, so it shares no talks.'}
            {outcome && shared && shared.leftOut > 0 && `. ${leftOutNote(shared.leftOut)}`}
          </p>
        </div>
      )}
    </div>
  );
}
