/** How long to wait for code that loads on first use before giving up on moving focus. */
const WAIT_MS = 10_000;

/**
 * Focuses the element with `id` now, or as soon as it appears (a view whose code is still
 * loading), unless the person has moved focus elsewhere by then. Focusing also scrolls it into view.
 *
 * @example focusWhenShown(firstClashId)
 */
export function focusWhenShown(id: string, root: Document = document): void {
  const existing = root.getElementById(id);
  if (existing) {
    existing.focus();
    return;
  }
  const focusedBefore = root.activeElement;
  const observer = new MutationObserver(() => {
    const element = root.getElementById(id);
    if (!element) return;
    stop();
    // A press or a Tab meanwhile means the person went somewhere else on purpose.
    const focusMoved = root.activeElement !== focusedBefore && root.activeElement !== root.body;
    if (!focusMoved) element.focus();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(root.body, { childList: true, subtree: true });
}
