import { useId } from 'react';
import { Button } from '@/components/button';
import type { ConferenceEntry } from '@/store/conference-menu';
import styles from './conference-switcher.module.css';

// A native <select> needs a string value; the bundled conference has no entry id.
const BUNDLED = '';

interface ConferenceSwitcherProps {
  bundledName: string;
  menu: readonly ConferenceEntry[];
  /** The opened conference shown, or null for the bundled one. */
  shownId: string | null;
  onSwitch: (conferenceId: string | null) => void;
  onRemove: (conferenceId: string) => void;
}

/** Switches between the bundled conference and every opened one; an opened one can be removed. */
export function ConferenceSwitcher({
  bundledName,
  menu,
  shownId,
  onSwitch,
  onRemove,
}: ConferenceSwitcherProps) {
  const selectId = useId();
  if (menu.length === 0) return null;
  return (
    <div className={styles.switcher}>
      <label htmlFor={selectId}>Conference</label>
      <select
        id={selectId}
        value={shownId ?? BUNDLED}
        onChange={(event) => onSwitch(event.target.value === BUNDLED ? null : event.target.value)}
      >
        <option value={BUNDLED}>{bundledName}</option>
        {menu.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      {shownId !== null && (
        <Button variant="plain" compact onClick={() => onRemove(shownId)}>
          Remove this conference
        </Button>
      )}
    </div>
  );
}
