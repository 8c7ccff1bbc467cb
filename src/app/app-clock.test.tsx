import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetPlanStore } from '../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { App } from './app';
import { loadFirstPaintSchedule } from './schedule-data';

const schedule = loadFirstPaintSchedule();

const tutorial = schedule.talks.find((talk) => talk.title.startsWith('Tutorial: Demystifying'));
const battleScars = schedule.talks.find((talk) => talk.title.startsWith('Service Mesh Battle'));

beforeEach(async () => {
  await resetPlanStore();
  window.history.replaceState(null, '', '/');
});

describe('the app reads the time from the clock it is given', () => {
  it('at 4:45 PM Chicago on Tue 7 Nov: today’s tab, the now line and the next pick', async () => {
    if (!tutorial || !battleScars) throw new Error('the bundled schedule lost its Tuesday talks');
    act(() =>
      usePlanStore.getState().starAll(schedule.conference.id, [tutorial.id, battleScars.id]),
    );
    render(<App clock={() => Date.parse('2023-11-07T16:45:00-06:00')} />);
    expect(await screen.findByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('Now 4:45 PM')).toBeVisible();
    const card = await screen.findByRole('region', { name: 'Next in your plan' });
    expect(card).toHaveTextContent(`On now: ${tutorial.title}, ends in 1 h 15 min`);
    expect(card).toHaveTextContent(`Next: ${battleScars.title} at 5:25 PM, in 40 min`);
  });
});
