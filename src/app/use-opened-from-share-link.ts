import { useState } from 'react';
import { useUrlFragment } from '@/store/url-fragment';

/**
 * Whether the page has been given a share link, on load or pasted later: only then is the shared
 * plan's code fetched. It stays true, since the shared plan stays until dismissed.
 */
export function useOpenedFromShareLink(): boolean {
  const hasShareLink = useUrlFragment().fragment.share !== null;
  const [opened, setOpened] = useState(hasShareLink);
  if (hasShareLink && !opened) setOpened(true);
  return opened;
}
