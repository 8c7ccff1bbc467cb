import { useEffect, useState } from 'react';
import type { Talk } from '@/domain/schedule-schema';

/** The day a share code's first talk is on (null for none), with the code it was read from. */
export interface SharedDay {
  code: string;
  day: string | null;
}

/**
 * The conference day of the first talk a share link names, once its decoder has arrived (only a
 * page given a share link loads it), or null while there is no code or it is being read.
 */
export function useFirstSharedDay(
  code: string | null,
  talks: readonly Pick<Talk, 'id' | 'start'>[],
  timeZone: string,
): SharedDay | null {
  const [read, setRead] = useState<SharedDay | null>(null);
  useEffect(() => {
    if (code === null) return;
    let current = true;
    void import('@/domain/share/first-shared-day').then(
      ({ firstSharedDay }) =>
        current && setRead({ code, day: firstSharedDay(code, talks, timeZone) }),
    );
    return () => {
      current = false;
    };
  }, [code, talks, timeZone]);
  return read?.code === code ? read : null;
}
