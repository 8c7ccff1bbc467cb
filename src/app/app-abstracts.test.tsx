import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetPlanStore } from '../../tests/helpers/reset-plan-store';
import type { Schedule } from '@/domain/schedule-schema';
import { App } from './app';
import { loadFirstPaintSchedule, loadFullSchedule } from './schedule-data';

const firstPaint = loadFirstPaintSchedule();
const clock = () => Date.parse('2023-10-01T12:00:00-05:00');

/** The full schedule, held back until the test lets it arrive. */
function heldFullSchedule() {
  let arrive: (schedule: Schedule) => void = () => {};
  const promise = new Promise<Schedule>((resolve) => (arrive = resolve));
  return { load: () => promise, arrive };
}

beforeEach(async () => {
  await resetPlanStore();
  window.history.replaceState(null, '', '/');
});

describe('abstracts arrive after the first paint', () => {
  it('paints the grid without abstracts, then shows the abstract in the details once loaded', async () => {
    const full = await loadFullSchedule();
    const talk = full.talks.find((t) => t.id === '1R2tD');
    if (!talk) throw new Error('the bundled schedule lost talk 1R2tD');
    expect(firstPaint.talks.map((t) => t.abstract)).toEqual(
      firstPaint.talks.map(() => ({ format: 'blocks', blocks: [] })),
    );
    const held = heldFullSchedule();
    render(<App clock={clock} loadFullSchedule={held.load} />);

    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    await userEvent.click(screen.getByRole('link', { name: talk.title }));
    const dialog = await screen.findByRole('dialog', { name: talk.title });
    const abstract = within(dialog).getByRole('region', { name: 'Abstract' });
    expect(abstract).toHaveTextContent('Loading the abstract…');

    await act(async () => held.arrive(full));
    expect(abstract).not.toHaveTextContent('Loading the abstract…');
    expect(within(abstract).getByText('Explore the mTLS handshake step-by-step')).toBeVisible();
  });

  it('finds talks by words of their abstracts once they have arrived', async () => {
    const full = await loadFullSchedule();
    const held = heldFullSchedule();
    render(<App clock={clock} loadFullSchedule={held.load} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    const search = screen.getByRole('searchbox', { name: 'Search talks' });
    await userEvent.type(search, 'mTLS handshake');
    expect(screen.queryByRole('link', { name: /Secure Connection Not Encrypted/ })).toBeNull();

    await act(async () => held.arrive(full));
    expect(
      await screen.findByRole('link', { name: /Secure Connection Not Encrypted/ }),
    ).toBeInTheDocument();
  });
});
