import { useId, useState } from 'react';
import { MAX_WALKING_MINUTES, walkingMinutesFrom } from '@/domain/plan/tight-change-rule';
import { useWalkingMinutes, useWalkingTimeStore } from '@/store/walking-time';
import styles from './tight-threshold-setting.module.css';

/** How long the person takes between two rooms of this conference; shorter changes are tight. */
export function WalkingTimeSetting({ conferenceId }: { conferenceId: string }) {
  const id = useId();
  const minutes = useWalkingMinutes(conferenceId);
  const setMinutes = useWalkingTimeStore((state) => state.setWalkingMinutes);
  // What is typed stays as typed while it is no number yet (an emptied box), so typing is not fought.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <div className={styles.setting}>
      <label htmlFor={id}>Walking time between rooms (min)</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_WALKING_MINUTES}
        step={1}
        value={typed ?? String(minutes)}
        onChange={(event) => {
          const next = walkingMinutesFrom(event.target.value);
          setTyped(next === null ? event.target.value : null);
          if (next !== null) setMinutes(conferenceId, next);
        }}
        onBlur={() => setTyped(null)}
      />
    </div>
  );
}
