import { SeenEmoji } from '@/components/seen-emoji';
import { useId, useMemo, useState } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { formatCount } from '@/domain/format-count';
import { resolveClashes } from '@/domain/plan/resolve-clashes';
import type { Talk } from '@/domain/schedule-schema';
import { formatTimeRange, formatWeekday } from '@/domain/time/format-time';
import {
  useClashCount,
  useMustSeeIds,
  usePlannedTalks,
  useShownPlanActions,
} from '@/store/plan-selectors';
import styles from './resolve-clashes.module.css';

/** "Resolve clashes" while the plan has any: proposes picks to drop, and drops them only on "Apply". */
export function ResolveClashes({ zone }: { zone: string }) {
  const clashCount = useClashCount();
  const [open, setOpen] = useState(false);
  if (clashCount === 0 && !open) return null;
  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        Resolve clashes
      </Button>
      {open && <ResolutionDialog zone={zone} onClose={() => setOpen(false)} />}
    </>
  );
}

function ResolutionDialog({ zone, onClose }: { zone: string; onClose: () => void }) {
  const titleId = useId();
  const talks = usePlannedTalks();
  const mustSee = useMustSeeIds();
  const { applyClashResolution } = useShownPlanActions();
  const proposal = useMemo(() => resolveClashes(talks, new Set(mustSee)), [talks, mustSee]);
  const apply = () => {
    const recorded = proposal.dropped.filter((talk) => talk.recorded === true);
    applyClashResolution(
      proposal.dropped.map((talk) => talk.id),
      recorded.map((talk) => talk.id),
    );
    onClose();
  };
  return (
    <Dialog titleId={titleId} onClose={onClose} className={styles.dialog}>
      <h2 id={titleId}>Resolve clashes</h2>
      {proposal.dropped.length === 0 ? (
        <p>Your plan has no clashes left.</p>
      ) : (
        <>
          <p>
            To leave no clash, this drops {formatCount(proposal.dropped.length, 'pick')} and keeps{' '}
            {formatCount(proposal.kept.length, 'pick')}, every must-see one that can be kept:
          </p>
          <ul className={styles.dropped} aria-label="Picks to drop">
            {proposal.dropped.map((talk) => (
              <DroppedPick
                key={talk.id}
                talk={talk}
                zone={zone}
                mustSee={mustSee.includes(talk.id)}
              />
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        {proposal.dropped.length > 0 && <Button onClick={apply}>Apply</Button>}
        <Button variant="plain" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}

function DroppedPick({ talk, zone, mustSee }: { talk: Talk; zone: string; mustSee: boolean }) {
  return (
    <li className={styles.pick}>
      <span className={styles.when}>
        {formatWeekday(talk.start, zone)} {formatTimeRange(talk.start, talk.end, zone)}
      </span>{' '}
      <span className={styles.title}>
        <SeenEmoji text={talk.title} />
      </span>
      {mustSee && <span className={styles.note}> (must see, clashes with another must-see)</span>}
      {talk.recorded === true && <span className={styles.note}> · recorded: watch later</span>}
    </li>
  );
}
