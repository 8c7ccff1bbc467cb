import { useEffect, useState } from 'react';

const hasShareLink = () => window.location.hash.includes('share=');

/**
 * Whether the page has been given a share link, on load or pasted later: only then is the shared
 * plan's code fetched. It stays true, since the shared plan stays until dismissed.
 */
export function useOpenedFromShareLink(): boolean {
  const [opened, setOpened] = useState(hasShareLink);
  useEffect(() => {
    if (opened) return;
    const sync = () => {
      if (hasShareLink()) setOpened(true);
    };
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [opened]);
  return opened;
}
