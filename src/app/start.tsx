import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './root';
import { allowOnlyOwnWorkers } from './trusted-types';

// Before anything registers the service worker, the only script URLs the page's policy lets through.
allowOnlyOwnWorkers();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

let markLive: () => void = () => {};
/** Settles once the page answers: hydrated, its stars enabled. */
export const live = new Promise<void>((resolve) => (markLive = resolve));

// A built page carries its first screen, drawn at build time; the development server's is empty.
// Hydrated as a transition, React works in slices and lets the page answer between them; the
// stars stay disabled until it is done.
if (root.firstElementChild) {
  startTransition(() => void hydrateRoot(root, <Root onLive={markLive} />));
} else {
  createRoot(root).render(<Root onLive={markLive} />);
}
