import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { useTalkHash } from './use-talk-hash';

// Its code arrives when a talk is first opened, so it stays out of the first load.
const OpenedTalkDetails = lazyComponent(() =>
  import('./opened-talk-details').then((m) => m.OpenedTalkDetails),
);

/** The details of the talk the address names (`#talk=…`), over whichever view is shown. */
export function TalkDetailsFromLink() {
  const { openTalkId, closeTalk } = useTalkHash();
  if (openTalkId === null) return null;
  return (
    <Suspense fallback={null}>
      <OpenedTalkDetails talkId={openTalkId} onClose={closeTalk} />
    </Suspense>
  );
}
