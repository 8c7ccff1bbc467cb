import { Suspense, useState } from 'react';
import { lazyComponent } from '@/lib/lazy-component';
import { Button } from '@/components/button';
import { Icon } from '@/components/icon';

// The sheet, its link code and copying arrive when the button is first pressed.
const ShareSheet = lazyComponent(() => import('./share-sheet').then((m) => m.ShareSheet));

/** The "Share plan" button: opens the share sheet, copying the link at once. The header never grows. */
export function SharePlanButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" compact className={className} onClick={() => setOpen(true)}>
        <Icon name="share" /> Share plan
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ShareSheet onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
