import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the frame is narrower than `minWidthRem`, followed as the window resizes: the grid then
 * scrolls inside the frame instead of squeezing its lanes. False where layout is not measured.
 */
export function useScrollsSideways(
  frameRef: RefObject<HTMLElement | null>,
  minWidthRem: number,
): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      const remPx = parseFloat(getComputedStyle(frame.ownerDocument.documentElement).fontSize);
      // The border box, so a scrollbar appearing inside the frame does not flip the answer back.
      setScrolls(frame.offsetWidth > 0 && frame.offsetWidth < minWidthRem * remPx);
    };
    // The observer's first report comes after the next layout, before paint: measuring here
    // instead would force a layout of the whole grid inside the render's task.
    const observer = new ResizeObserver(check);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [frameRef, minWidthRem]);
  return scrolls;
}
