// First, so the app's own sheets (print, features) come after the base tokens and override them.
import './app/styles.css';

/**
 * The app's code starts once the first screen, drawn at build time, has been painted: that paint
 * then waits for the stylesheet alone, not for the script to arrive and run.
 */
const start = () => void import('./app/start');

// A hidden tab paints no frames, so there it starts at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
