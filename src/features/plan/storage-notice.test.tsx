import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { planIn, resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { PLAN_STORAGE_KEY, planStorageHealth, usePlanStore } from '@/store/plan-store';
import { StorageNotice } from './storage-notice';

// The saved plan's reader arrives in its own chunk, so loading takes a moment.
const load = () => act(() => usePlanStore.loadSavedPlan('kubecon-na-2023'));

describe('the storage notice', () => {
  beforeEach(() => resetPlanStore());

  it('says nothing while saving works', async () => {
    render(<StorageNotice />);
    await load();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says the saved plan could not be read, quoting a safe excerpt, until dismissed', async () => {
    const raw = `{"state": \u202E${'x'.repeat(5000)}`;
    localStorage.setItem(PLAN_STORAGE_KEY, raw);
    render(<StorageNotice />);
    await load();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'Your saved plan could not be read, so you started with an empty plan.',
    );
    expect(notice).toHaveTextContent(`{"state": <U+202E>${'x'.repeat(29)}…`);
    expect(notice.textContent!.length).toBeLessThan(400);

    await load();
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice).toBeEmptyDOMElement();
    await load();
    expect(notice).toBeEmptyDOMElement();
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBe(raw);
  });

  it('offers to start afresh over a plan from a newer version, and only then saves', async () => {
    const newer = '{"state":{"starred":["1Rj0z"]},"version":999}';
    localStorage.setItem(PLAN_STORAGE_KEY, newer);
    render(<StorageNotice />);
    await load();
    expect(screen.getByRole('status')).toHaveTextContent(/saved by a newer version/);
    act(() => usePlanStore.getState().toggleStar('kubecon-na-2023', '1R2tD'));
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBe(newer);
    await userEvent.click(screen.getByRole('button', { name: 'Start afresh' }));
    expect(
      JSON.parse(localStorage.getItem(PLAN_STORAGE_KEY)!).state.plans['kubecon-na-2023'].starred,
    ).toEqual(['1R2tD']);
    expect(screen.getByRole('status')).toHaveTextContent(/newer version of this planner is kept/);
  });

  it('restores a backup on request', async () => {
    localStorage.setItem(PLAN_STORAGE_KEY, 'garbage');
    render(<StorageNotice />);
    await load();
    act(() => usePlanStore.getState().toggleStar('kubecon-na-2023', '1R2tD'));
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBe('garbage');
    expect(planIn('kubecon-na-2023').starred).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(/could not be read.*“garbage”/);
  });

  it('says picks will not be kept when storage refuses writes', () => {
    render(<StorageNotice />);
    act(() => planStorageHealth.setState({ notSaving: true }));
    expect(
      screen.getByText(
        "Your picks can't be saved in this browser, so they will not be kept after you close this page.",
      ),
    ).toBeVisible();
  });
});
