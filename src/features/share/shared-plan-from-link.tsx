import { useEffect, useRef } from 'react';
import { useShownSchedule } from '@/store/shown-schedule';
import { SharedPlanElsewhere } from './shared-plan-elsewhere';
import { SharedPlanView } from './shared-plan-view';
import { useSharedPlan } from './use-shared-plan';

/** A conference the person can show: the bundled one or one they opened. */
export interface KnownConference {
  id: string;
  name: string;
}

interface SharedPlanFromLinkProps {
  /** The id of the bundled conference, which a link naming none means. */
  bundledId: string;
  /** Every conference the person can show, the bundled one included. */
  conferences: readonly KnownConference[];
  /** The conference shown, or about to be once its schedule has loaded. */
  shownId: string;
  onSwitch: (conferenceId: string) => void;
}

/**
 * Shows the shared plan when the page was opened from a share link; renders nothing otherwise.
 * A link for another conference the person has shows that conference first; a link for one they
 * do not have says so and changes nothing.
 */
export function SharedPlanFromLink({
  bundledId,
  conferences,
  shownId,
  onSwitch,
}: SharedPlanFromLinkProps) {
  const { schedule } = useShownSchedule();
  const { shared, conferenceId, dismiss } = useSharedPlan();
  const linkConference = conferenceId ?? bundledId;
  const known = conferences.find((conference) => conference.id === linkConference) ?? null;
  const switchTo = known !== null && known.id !== shownId ? known.id : null;
  // Once per link: the person may then show another conference, and come back with the button.
  const switchedFor = useRef<typeof shared>(null);
  useEffect(() => {
    if (shared === null || shared === switchedFor.current) return;
    switchedFor.current = shared;
    if (switchTo !== null) onSwitch(switchTo);
  }, [shared, switchTo, onSwitch]);
  if (shared === null) return null;
  if (linkConference === schedule.conference.id) {
    return <SharedPlanView schedule={schedule} shared={shared} onDismiss={dismiss} />;
  }
  return (
    <SharedPlanElsewhere
      conference={known ?? { id: linkConference, name: null }}
      onShow={known ? () => onSwitch(known.id) : null}
      onDismiss={dismiss}
    />
  );
}
