import { screen } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { loadSchedule } from '@/domain/load-schedule';
import { ScheduleView } from './schedule-view';

const schedule = loadSchedule(raw);
const tuesdayAt1645 = Date.parse('2023-11-07T16:45:00-06:00');

beforeEach(async () => {
  await resetPlanStore();
  window.history.replaceState(null, '', '/');
});

describe('now on the schedule', () => {
  it('during the conference, opens on today and marks now on its grid', async () => {
    renderWithSchedule(schedule, <ScheduleView now={tuesdayAt1645} />);
    expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('Now 4:45 PM')).toBeVisible();
  });

  it('shows the line only on the day it is, not on the other days', async () => {
    renderWithSchedule(schedule, <ScheduleView now={tuesdayAt1645} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Mon 6 Nov' }));
    expect(screen.queryByText(/^Now /)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    expect(await screen.findByText('Now 4:45 PM')).toBeVisible();
  });

  it('puts the line after the talks already started, in reading order', async () => {
    renderWithSchedule(schedule, <ScheduleView now={tuesdayAt1645} />);
    const line = await screen.findByText('Now 4:45 PM');
    const tutorial = screen.getByRole('article', { name: /^Tutorial: Demystifying Cilium/ });
    const battleScars = screen.getByRole('article', { name: /^Service Mesh Battle Scars/ });
    expect(tutorial.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      line.compareDocumentPosition(battleScars) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('leaves the line out before the day’s first talk and after its last', () => {
    const { unmount } = renderWithSchedule(
      schedule,
      <ScheduleView now={Date.parse('2023-11-07T08:00:00-06:00')} />,
    );
    expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByText(/^Now /)).not.toBeInTheDocument();
    unmount();
    renderWithSchedule(schedule, <ScheduleView now={Date.parse('2023-11-07T18:00:00-06:00')} />);
    expect(screen.queryByText(/^Now /)).not.toBeInTheDocument();
  });

  it('outside the conference, opens on the first day with no line', () => {
    renderWithSchedule(schedule, <ScheduleView now={Date.parse('2026-03-01T12:00:00Z')} />);
    expect(screen.getByRole('tab', { name: 'Mon 6 Nov' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByText(/^Now /)).not.toBeInTheDocument();
  });

  it('follows the day when the clock crosses midnight with the app open', async () => {
    const { rerender } = renderWithSchedule(
      schedule,
      <ScheduleView now={Date.parse('2023-11-07T23:59:00-06:00')} />,
    );
    expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute('aria-selected', 'true');
    rerender(<ScheduleView now={Date.parse('2023-11-08T17:00:00-06:00')} />);
    expect(screen.getByRole('tab', { name: 'Wed 8 Nov' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('Now 5:00 PM')).toBeVisible();
  });

  it('stays on the day the person chose when the clock crosses midnight', async () => {
    const { rerender } = renderWithSchedule(
      schedule,
      <ScheduleView now={Date.parse('2023-11-07T23:59:00-06:00')} />,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Thu 9 Nov' }));
    rerender(<ScheduleView now={Date.parse('2023-11-08T00:01:00-06:00')} />);
    expect(screen.getByRole('tab', { name: 'Thu 9 Nov' })).toHaveAttribute('aria-selected', 'true');
  });
});
