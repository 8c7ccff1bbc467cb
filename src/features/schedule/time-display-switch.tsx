import { useId } from 'react';
import { machineTimeZone } from '@/domain/time/display-zone';
import { ownZoneLabel, timesInLabel, zoneLabel } from '@/domain/time/format-time';
import { wallTimeToInstant } from '@/domain/time/wall-time-to-instant';
import { visuallyHiddenOnPhones } from '@/components/visually-hidden';
import { usePlanStore } from '@/store/plan-store';
import { useShownZone } from '@/store/use-shown-zone';
import { useShownSchedule } from '@/store/shown-schedule';
import { useHydrated } from '@/store/use-hydrated';
import styles from './time-display-switch.module.css';

/**
 * Chooses between conference time and the visitor's own zone; the choice is remembered. On paper,
 * where a switch does nothing, a line says which zone the times are in.
 */
export function TimeDisplaySwitch({
  className,
}: {
  /** Places the switch in its container. */
  className?: string;
}) {
  const { conference } = useShownSchedule().schedule;
  const name = useId();
  const choice = usePlanStore((state) => state.timeDisplay);
  const setChoice = usePlanStore((state) => state.setTimeDisplay);
  const firstDay = conference.days[0] ?? '1970-01-01';
  // Zone abbreviations depend on the date (CST or CDT), so read them at the conference.
  const at = Date.parse(
    wallTimeToInstant({ date: firstDay, hour: 12, minute: 0 }, conference.timeZone),
  );
  // The page drawn at build time cannot know the visitor's zone, so it names none until live.
  const localZone = useHydrated() ? machineTimeZone() : null;
  const shownZone = useShownZone(conference.timeZone);
  const printed = <p className={styles.printed}>{timesInLabel(at, shownZone)}</p>;
  // Nothing to switch between when the visitor is already in the conference's zone.
  if (localZone === conference.timeZone) return printed;
  const options = [
    { value: 'conference', label: zoneLabel(at, conference.timeZone) },
    { value: 'local', label: localZone === null ? 'Your time' : ownZoneLabel(at, localZone) },
  ] as const;
  return (
    <>
      {printed}
      <fieldset className={className ? `${styles.switch} ${className}` : styles.switch}>
        <legend className={`${styles.legend} ${visuallyHiddenOnPhones}`}>Show times in</legend>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type="radio"
              name={name}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
