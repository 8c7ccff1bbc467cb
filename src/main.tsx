// First, so the app's own sheets (print, features) come after the base tokens and override them.
import './app/styles.css';
import { holdEarlyPresses } from './app/early-presses';

/** A browser that never reports its first paint still starts by then. */
const LATEST_START_MS = 1_000;

const root = document.getElementById('root');
// A press before the code is live is pressed again once it is.
const release = root?.firstElementChild ? holdEarlyPresses(root) : () => {};

/**
 * The app's code starts once the first screen, drawn at build time, is on the screen: that paint
 * then waits for the stylesheet alone, not for the script to arrive and run.
 */
const start = () => void import('./app/start').then(({ live }) => live.then(release));

/**
 * Calls `then` once the browser reports the first contentful paint as shown (a frame's callback
 * runs before its paint, and the pixels reach the screen later still). Browsers without paint
 * timing wait for the frame after the next one.
 */
function afterFirstPaint(then: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    then();
  };
  if (
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(once, LATEST_START_MS);
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}

// A hidden tab paints no frames, so there it starts at once.
if (document.visibilityState === 'hidden') start();
else afterFirstPaint(start);
