import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icon';
import { shareLink } from '@/domain/share/share-link';
import { useMustSeeIds, useStarredIds } from '@/store/plan-selectors';
import { useShownConferenceId } from '@/store/shown-schedule';
import { copyLink, type CopyOutcome } from './copy-link';
import styles from './share-plan-button.module.css';

const outcomeText: Record<CopyOutcome, string> = {
  copied: 'Link copied',
  'select-and-copy': 'Select and copy the link',
};

const leftOutNote = (count: number) =>
  `${count} saved ${count === 1 ? 'pick has an id' : 'picks have ids'} no talk could have, so ${count === 1 ? 'it is' : 'they are'} left out of the link and listed under My plan`;

/** The phone's own share sheet, where the browser offers one. */
const systemShare = (): ((data: ShareData) => Promise<void>) | null =>
  typeof navigator.share === 'function' ? navigator.share.bind(navigator) : null;

/**
 * The "Share plan" button: opens a dialog with a read-only link to one's picks, copied at once,
 * Copy again, the system share sheet where there is one, and Close. The header never grows.
 */
export function SharePlanButton({ className }: { className?: string }) {
  const starred = useStarredIds();
  const mustSee = useMustSeeIds();
  const conferenceId = useShownConferenceId();
  const picks = { conferenceId, talkIds: starred, mustSeeIds: mustSee };
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<{ link: string; outcome: CopyOutcome } | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const titleId = useId();
  const shared = open ? shareLink(window.location.href, picks) : null;
  const link = shared?.href ?? '';
  // A plan changed since copying has a new link, so the old outcome no longer applies.
  const outcome = copied !== null && copied.link === link ? copied.outcome : null;
  const share = systemShare();

  const copy = async () => {
    const current = shareLink(window.location.href, picks).href;
    setCopied(null);
    setCopied({ link: current, outcome: await copyLink(current, fieldRef.current) });
  };

  const openAndCopy = () => {
    // The box must be on screen before copying, so the fallback can select its text.
    flushSync(() => setOpen(true));
    void copy();
  };

  return (
    <>
      <Button variant="outline" compact className={className} onClick={openAndCopy}>
        <Icon name="share" /> Share plan
      </Button>
      {open && (
        <Dialog titleId={titleId} onClose={() => setOpen(false)} className={styles.sheet}>
          <h2 id={titleId} className={styles.title}>
            Share your plan
          </h2>
          <label htmlFor={fieldId} className={styles.label}>
            Share link
          </label>
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
            {outcome && shared && shared.leftOut > 0 && `. ${leftOutNote(shared.leftOut)}`}
          </p>
          <div className={styles.actions}>
            <Button onClick={() => void copy()}>Copy</Button>
            {share && (
              <Button
                variant="outline"
                onClick={() =>
                  void share({ title: 'My conference plan', url: link }).catch(() => {})
                }
              >
                <Icon name="share" /> Share…
              </Button>
            )}
            <Button variant="plain" onClick={() => setOpen(false)}>
              Close
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
