import { StrictMode } from 'react';
import { HydrationBoundary } from '@/store/use-hydrated';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';

/**
 * The whole page, drawn alike at build time and in the browser so that one hydrates the other.
 * The schedule is loaded while App renders, inside the boundary: invalid data shows a message.
 * `onLive` is called once the page answers.
 */
export function Root({ onLive }: { onLive?: () => void }) {
  return (
    <StrictMode>
      <HydrationBoundary onLive={onLive}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </HydrationBoundary>
    </StrictMode>
  );
}
