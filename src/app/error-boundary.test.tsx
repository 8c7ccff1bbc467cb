import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadSchedule } from '../domain/load-schedule';
import { ErrorBoundary } from './error-boundary';

function LoadsBrokenData(): never {
  loadSchedule({ schemaVersion: 1, conference: {}, talks: [] });
  throw new Error('unreachable');
}

describe('ErrorBoundary', () => {
  it('shows what is wrong with invalid schedule data instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <LoadsBrokenData />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The planner could not start');
    expect(alert).toHaveTextContent('conference.id');
    quiet.mockRestore();
  });
});
