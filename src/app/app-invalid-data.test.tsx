import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';

vi.mock('virtual:schedule/first-paint', () => ({
  default: { schemaVersion: 1, conference: { id: '' }, talks: [] },
}));

describe('the app with invalid bundled data', () => {
  it('refuses in development with the error boundary’s message, naming the problem', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <App />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The planner could not start');
    expect(alert).toHaveTextContent('conference.name');
    quiet.mockRestore();
  });
});
