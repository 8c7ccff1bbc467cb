import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPlanStore } from '../../tests/helpers/reset-plan-store';
import { loadSchedule } from '@/domain/load-schedule';
import { planStorageHealth } from '@/store/plan-store';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';

vi.mock('virtual:schedule/first-paint', () => ({
  default: { schemaVersion: 2, conference: { id: '' }, talks: [] },
}));

function LoadsBrokenData(): never {
  loadSchedule({ schemaVersion: 2, conference: {}, talks: [] });
  throw new Error('unreachable');
}

const renderInBoundary = (child: ReactNode) => render(<ErrorBoundary>{child}</ErrorBoundary>);

describe('the error screen', () => {
  beforeEach(async () => {
    await resetPlanStore();
    // React reports the caught error on the console; the alert is what this test reads.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows what is wrong with invalid schedule data instead of a blank page', () => {
    renderInBoundary(<LoadsBrokenData />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The planner could not start');
    expect(alert).toHaveTextContent('conference.id');
    expect(alert).toHaveTextContent('Your starred talks are still saved in this browser.');
  });

  it('refuses invalid bundled data in the app itself, naming the problem', () => {
    renderInBoundary(<App />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The planner could not start');
    expect(alert).toHaveTextContent('conference.name');
  });

  it('does not claim the picks are saved when the browser refused to save them', () => {
    act(() => planStorageHealth.setState({ notSaving: true }));
    renderInBoundary(<LoadsBrokenData />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your latest picks could not be saved in this browser');
    expect(alert).not.toHaveTextContent('still saved');
  });
});
