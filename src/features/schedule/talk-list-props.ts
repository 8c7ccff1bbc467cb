/** What every list of talk cards is given: the events' order (for colours), both zones, how to open a talk. */
export interface TalkListProps {
  eventOrder: readonly string[];
  shownZone: string;
  conferenceZone: string;
  onOpenTalk: (talkId: string) => void;
}
