/**
 * Holds a press on a button of the page drawn at build time that comes before the page's code is
 * live (a day tab, "Open a schedule"), so it is not lost: the latest one is pressed again once
 * the page is live, on the same element, which hydration keeps. Stars are disabled until then, and
 * a disabled button is never clicked.
 *
 * @example const release = holdEarlyPresses(root); …once live: release();
 */
export function holdEarlyPresses(root: HTMLElement): () => void {
  let held: HTMLElement | null = null;
  const hold = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    held = button;
    // Not yet for the page: React listens on this same element once hydration starts.
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  root.addEventListener('click', hold, { capture: true });
  return () => {
    root.removeEventListener('click', hold, { capture: true });
    const pressed = held;
    held = null;
    if (pressed?.isConnected) pressed.click();
  };
}
