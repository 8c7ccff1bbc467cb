// First, so the app's own sheets (print, features) come after the base tokens and override them.
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { allowOnlyOwnWorkers } from './app/trusted-types';

// Before anything registers the service worker, the only script URLs the page's policy lets through.
allowOnlyOwnWorkers();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The schedule is loaded while App renders, inside the boundary: invalid data shows a message.
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
