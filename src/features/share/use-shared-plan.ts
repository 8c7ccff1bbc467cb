import { useCallback, useMemo, useState } from 'react';
import { decodeShareCode, type DecodedShareCode } from '@/domain/share/share-code';
import { changeFragment, useUrlFragment } from '@/store/url-fragment';

/**
 * The shared plan in the page's URL fragment, read on load and whenever a new share link is pasted
 * into the address bar; it stays until dismissed, even when the fragment later loses it.
 */
export function useSharedPlan() {
  const code = useUrlFragment().fragment.share;
  // The last code seen, kept until dismissed; adjusted during render, as React advises for derived state.
  const [kept, setKept] = useState<string | null>(code);
  if (code !== null && code !== kept) setKept(code);
  const shared = useMemo<DecodedShareCode | null>(
    () => (kept === null ? null : decodeShareCode(kept)),
    [kept],
  );

  const dismiss = useCallback(() => {
    changeFragment({ share: null });
    setKept(null);
  }, []);

  return { shared, dismiss };
}
