import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetPlanStore } from '../../tests/helpers/reset-plan-store';
import { App } from './app';

beforeEach(async () => {
  await resetPlanStore();
  window.history.replaceState(null, '', '/');
});

describe('the Schedule / My plan tabs', () => {
  it('switch views with the arrow keys, Home and End, as the day tabs do', async () => {
    render(<App clock={() => Date.parse('2026-12-01T12:00:00Z')} />);
    const views = screen.getByRole('tablist', { name: 'View' });
    const scheduleTab = screen.getByRole('tab', { name: 'Schedule' });
    const planTab = screen.getByRole('tab', { name: 'My plan' });
    expect(views).toContainElement(planTab);
    expect(planTab).toHaveAttribute('tabindex', '-1');

    await userEvent.click(scheduleTab);
    await userEvent.keyboard('{ArrowRight}');
    expect(planTab).toHaveFocus();
    expect(planTab).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'My plan', level: 2 })).toBeVisible();
    expect(screen.getByRole('tabpanel', { name: 'My plan' })).toBeInTheDocument();

    await userEvent.keyboard('{ArrowRight}');
    expect(scheduleTab).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Schedule' })).toContainElement(
      screen.getByRole('searchbox', { name: 'Search talks' }),
    );

    await userEvent.keyboard('{End}');
    expect(planTab).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(scheduleTab).toHaveAttribute('aria-selected', 'true');
    expect(scheduleTab).toHaveFocus();
  });
});
