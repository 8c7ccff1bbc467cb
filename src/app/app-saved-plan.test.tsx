import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetPlanStore } from '../../tests/helpers/reset-plan-store';
import { PLAN_STORAGE_KEY } from '@/store/plan-store';
import { App } from './app';

const clock = () => Date.parse('2023-11-01T12:00:00-05:00');

beforeEach(async () => {
  await resetPlanStore();
  window.history.replaceState(null, '', '/');
});

describe('starting the app over a saved plan it cannot use', () => {
  it.each([
    ['from a newer version', '{"state":{"starred":["1Rj0z"]},"version":999}', /newer version/],
    ['that is garbage', '{"state": {"starred": [oops', /could not be read/],
  ])('leaves a plan %s exactly as it was and says so', async (_, raw, message) => {
    localStorage.setItem(PLAN_STORAGE_KEY, raw);
    render(<App clock={clock} />);
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBe(raw);
  });

  it('shows the picks of a readable saved plan once it has hydrated', async () => {
    localStorage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 2, state: { starred: ['1Rj0z'] } }),
    );
    render(<App clock={clock} />);
    const stars = await screen.findAllByRole('button', { name: /^Star/, pressed: true });
    expect(stars).toHaveLength(1);
  });

  it('shows a version 3 plan, from before each conference had its own, as the bundled one’s', async () => {
    localStorage.setItem(
      PLAN_STORAGE_KEY,
      JSON.stringify({ version: 3, state: { starred: ['1Rj0z'], mustSee: ['1Rj0z'] } }),
    );
    render(<App clock={clock} />);
    const [star] = await screen.findAllByRole('button', { name: /^Star/, pressed: true });
    const article = star!.closest('article')!;
    expect(within(article).getByRole('checkbox', { name: 'Must see' })).toBeChecked();
    const saved = JSON.parse(localStorage.getItem(PLAN_STORAGE_KEY)!);
    expect(saved).toMatchObject({
      version: 4,
      state: { plans: { 'kubecon-na-2023': { starred: ['1Rj0z'], mustSee: ['1Rj0z'] } } },
    });
  });
});
