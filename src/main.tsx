import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './app/error-boundary';
import './app/styles.css';

// Loaded inside the boundary so that invalid bundled data shows a message, not a blank page.
const App = lazy(() => import('./app/app').then((m) => ({ default: m.App })));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <Suspense fallback={<p>Loading the schedule…</p>}>
        <App />
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
