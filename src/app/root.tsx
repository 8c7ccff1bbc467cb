import { StrictMode } from 'react';
import { HydrationBoundary } from '@/store/use-hydrated';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';

/**
 * The whole page, drawn alike at build time and in the browser so that one hydrates the other.
 * The schedule is loaded while App renders, inside the boundary: invalid data shows a message.
 */
export function Root() {
  return (
    <StrictMode>
      <HydrationBoundary>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </HydrationBoundary>
    </StrictMode>
  );
}
