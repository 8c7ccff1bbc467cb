import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { resetPlanStore } from '../../tests/helpers/reset-plan-store';
import { PLAN_STORAGE_KEY } from '@/store/plan-store';
import { useScheduleChangesStore } from '@/store/schedule-changes';
import { seenScheduleKey } from '@/store/seen-schedule';
import { App } from './app';

const clock = () => Date.parse('2023-11-01T12:00:00-05:00');
const tutorial = raw.talks.find((talk) => talk.id === '1R2on')!;

/** The bundled talks as an older release had them: the tutorial on Wednesday morning, and one talk since cancelled. */
const olderRelease = [
  ...raw.talks.map(({ id, start, end, room, column, title }) =>
    id === tutorial.id
      ? {
          id,
          start: '2023-11-08T09:00:00-06:00',
          end: '2023-11-08T10:30:00-06:00',
          room,
          column,
          title,
        }
      : { id, start, end, room, column, title },
  ),
  {
    id: 'gone1',
    start: '2023-11-06T13:00:00-06:00',
    end: '2023-11-06T13:30:00-06:00',
    room: null,
    column: 'CiliumCon',
    title: 'A Talk Since Cancelled',
  },
];

// Intl puts thin and narrow no-break spaces around the dash and before AM/PM.
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f]/g, ' ');

beforeEach(async () => {
  await resetPlanStore();
  useScheduleChangesStore.setState({ seen: null, announced: false });
  window.history.replaceState(null, '', '/');
});

describe('opening a newer release of the bundled schedule', () => {
  it('names the starred talk that moved and the one cancelled, and lists them under Changes', async () => {
    localStorage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 3, state: { starred: ['1R2on', 'gone1', '1Rj0z'] } }),
    );
    localStorage.setItem(
      seenScheduleKey(raw.conference.id),
      JSON.stringify({ version: 1, state: { talks: olderRelease, revisions: {}, cancelled: [] } }),
    );
    render(<App clock={clock} />);
    const message = await screen.findByText('The schedule has changed since you last looked:');
    const notice = message.closest('[role="status"]') as HTMLElement;
    const lines = within(notice)
      .getAllByRole('listitem')
      .map((item) => plain(item.textContent));
    expect(lines).toEqual([
      `“${tutorial.title}” moved from Wed 9:00 – 10:30 AM to Tue 4:30 – 6:00 PM.`,
      '“A Talk Since Cancelled” (Mon 1:00 – 1:30 PM) was cancelled; it stays in your plan under “No longer in the schedule”.',
    ]);

    await userEvent.click(screen.getByRole('tab', { name: 'My plan' }));
    const changes = await screen.findByRole('region', { name: 'Changes' });
    expect(within(changes).getAllByRole('listitem')).toHaveLength(2);
    // The cancelled pick is kept aside, never dropped.
    expect(screen.getByRole('region', { name: 'No longer in the schedule' })).toHaveTextContent(
      'gone1',
    );

    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('The schedule has changed since you last looked:')).toBeNull();
  });
});
