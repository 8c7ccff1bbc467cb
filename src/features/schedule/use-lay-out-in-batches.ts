import { useEffect, useState } from 'react';

/** The items to lay out now: `from` (inclusive) to `to` (exclusive). */
export interface Batch {
  from: number;
  to: number;
}

/**
 * Walks through `total` items a batch per frame, from the first: the batch returned is laid out in
 * full for one frame, so that the browser remembers each item's real size before it skips it
 * off screen (`contain-intrinsic-size: auto`). Null once every item has had its turn.
 *
 * @example const batch = useLayOutInBatches(550, 60); // { from: 0, to: 60 }, then 60–120, …
 */
export function useLayOutInBatches(total: number, size: number): Batch | null {
  const [from, setFrom] = useState(0);
  useEffect(() => {
    if (from >= total || typeof requestAnimationFrame !== 'function') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that laid this batch out (and recorded its sizes), the next one.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setFrom((current) => current + size), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [from, total, size]);
  return from < total ? { from, to: from + size } : null;
}
