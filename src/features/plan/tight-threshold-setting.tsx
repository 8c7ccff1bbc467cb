import { useId } from 'react';
import { usePlanStore } from '@/store/plan-store';
import styles from './tight-threshold-setting.module.css';

const CHOICES = [0, 5, 10, 15, 20, 30] as const;

/** The preference for how short a change between events counts as tight. */
export function TightThresholdSetting() {
  const id = useId();
  const minutes = usePlanStore((state) => state.tightThresholdMinutes);
  const setMinutes = usePlanStore((state) => state.setTightThresholdMinutes);
  const choices: readonly number[] = CHOICES.includes(minutes as (typeof CHOICES)[number])
    ? CHOICES
    : [...CHOICES, minutes].sort((a, b) => a - b);
  return (
    <div className={styles.setting}>
      <label htmlFor={id}>Warn me when I have less than</label>
      <select id={id} value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 0 ? '0 min (off)' : `${choice} min`}
          </option>
        ))}
      </select>
      <span>to get between events</span>
    </div>
  );
}
