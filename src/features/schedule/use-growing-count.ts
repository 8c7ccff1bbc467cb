import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to show: `step` at first, then `step` more after each frame the
 * browser has painted, until all are shown. A big list paints its first part at once and the
 * rest in small tasks, none of which blocks the page for long; a short one is whole at once.
 *
 * @example useGrowingCount(550, 40) // 40, then 80, 120, … 550 over the next frames
 */
export function useGrowingCount(total: number, step: number): number {
  const [count, setCount] = useState(step);
  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grow = () => {
      // A transition, so React renders the part in slices and a click in between goes first.
      timer = setTimeout(() => startTransition(() => setCount((current) => current + step)), 0);
    };
    // A task after the frame that painted the last part, so each part reaches the screen.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(grow) : null;
    if (frame === null) grow();
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, step]);
  return Math.min(count, total);
}
