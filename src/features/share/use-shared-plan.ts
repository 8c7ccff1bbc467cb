import { useCallback, useMemo, useState } from 'react';
import { decodeShareCode, type DecodedShareCode } from '@/domain/share/share-code';
import { changeFragment, useUrlFragment } from '@/store/url-fragment';

/** A share link as it was opened: its code and the conference it names (null: none named). */
interface KeptLink {
  code: string;
  conferenceId: string | null;
}

/**
 * The shared plan in the page's URL fragment, read on load and whenever a new share link is pasted
 * into the address bar; it stays until dismissed, even when the fragment later loses it. A link
 * that names no conference is from before links named one: it means the bundled conference.
 */
export function useSharedPlan() {
  const { fragment } = useUrlFragment();
  const code = fragment.share;
  // The last link seen, kept until dismissed; adjusted during render, as React advises for derived state.
  const [kept, setKept] = useState<KeptLink | null>(
    code === null ? null : { code, conferenceId: fragment.conference },
  );
  if (code !== null && (code !== kept?.code || fragment.conference !== kept.conferenceId)) {
    setKept({ code, conferenceId: fragment.conference });
  }
  const shared = useMemo<DecodedShareCode | null>(
    () => (kept === null ? null : decodeShareCode(kept.code)),
    [kept],
  );

  const dismiss = useCallback(() => {
    changeFragment({ share: null, conference: null });
    setKept(null);
  }, []);

  return { shared, conferenceId: kept?.conferenceId ?? null, dismiss };
}
