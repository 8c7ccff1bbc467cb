import { useId, useState } from 'react';
import { Button } from '@/components/button';
import styles from './open-schedule-dialog.module.css';

// The IANA names the browser knows, with the person's own first choice among them.
function zoneChoices(): { names: string[]; own: string } {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const names = Intl.supportedValuesOf('timeZone');
  return { names: names.includes(own) ? names : [own, ...names], own };
}

interface ZoneQuestionProps {
  /** Why the question is asked, in the importer's words. */
  message: string;
  onAnswer: (zone: string) => void;
}

/** Asks which time zone a schedule's times are in, starting from the person's own. */
export function ZoneQuestion({ message, onAnswer }: ZoneQuestionProps) {
  const selectId = useId();
  const [{ names, own }] = useState(zoneChoices);
  const [zone, setZone] = useState(own);
  return (
    <div className={styles.zone}>
      <p>{message}</p>
      <label htmlFor={selectId}>Time zone</label>
      <select id={selectId} value={zone} onChange={(event) => setZone(event.target.value)}>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <Button onClick={() => onAnswer(zone)}>Use this time zone</Button>
    </div>
  );
}
