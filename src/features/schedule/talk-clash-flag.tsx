import { FlagNote } from '@/components/flag-note';
import { describeClash } from '@/domain/plan/describe-plan-flags';
import { useClashesWith } from '@/store/plan-selectors';

/** Under a starred talk in the grid: which other starred talks it overlaps, and by how much. */
export function TalkClashFlag({ talkId }: { talkId: string }) {
  const clashes = useClashesWith(talkId);
  return clashes.map((clash) => (
    <FlagNote key={clash.other.id} tone="clash">
      {describeClash(clash)}
    </FlagNote>
  ));
}
