import { act, screen, within } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ToastTimers } from '@/components/toast';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { planIn, resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { PlanView } from './plan-view';
import { UndoRemovalToast } from './undo-removal-toast';

/** How long Undo stays on offer: twenty seconds, enough to reach it with a screen reader. */
const UNDO_OFFERED_MS = 20_000;

/** Timers that run only when the test says time has passed. */
function manualTimers() {
  let pending: { callback: () => void; at: number; handle: number }[] = [];
  let now = 0;
  let next = 0;
  const timers: ToastTimers = {
    setTimeout: (callback, ms) => {
      next += 1;
      pending.push({ callback, at: now + ms, handle: next });
      return next;
    },
    clearTimeout: (handle) => {
      pending = pending.filter((timer) => timer.handle !== handle);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = pending.filter((timer) => timer.at <= now);
    pending = pending.filter((timer) => timer.at > now);
    act(() => due.forEach((timer) => timer.callback()));
  };
  return { timers, advance };
}

const adobe = makeTalk('adobe', '09:15', '09:40', { title: 'Inside Adobe' });
const apis = makeTalk('apis', '09:50', '10:15', { title: 'External APIs' });
const talks = [adobe, apis];

function renderPlanWithToast(timers: ToastTimers) {
  renderWithSchedule(
    makeSchedule(talks),
    <>
      <PlanView />
      <UndoRemovalToast timers={timers} />
    </>,
  );
}

const toasts = () => screen.getByRole('group', { name: 'Plan changes' });
const starOfAdobe = () =>
  within(screen.getByRole('article', { name: 'Inside Adobe' })).getByRole('button', {
    name: /^Star/,
  });

describe('Undo after removing from the plan', () => {
  beforeEach(async () => {
    await resetPlanStore();
    act(() =>
      ['adobe', 'apis'].forEach((id) => usePlanStore.getState().toggleStar('test-conf', id)),
    );
  });

  it('offers Undo after unstarring, which puts the talk back', async () => {
    const { timers } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(starOfAdobe());
    expect(within(toasts()).getByText('Removed “Inside Adobe” from your plan.')).toBeVisible();
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    expect(planIn('test-conf').starred).toEqual(['adobe', 'apis']);
    expect(screen.getByRole('article', { name: 'Inside Adobe' })).toBeVisible();
    expect(within(toasts()).queryByRole('button', { name: 'Undo' })).toBeNull();
    // The Undo button has gone; focus lands on the star of the talk that came back.
    expect(starOfAdobe()).toHaveFocus();
  });

  it('stops offering Undo after a few seconds, leaving the talk out', async () => {
    const { timers, advance } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(starOfAdobe());
    advance(UNDO_OFFERED_MS - 1);
    expect(within(toasts()).getByRole('button', { name: 'Undo' })).toBeVisible();
    advance(1);
    expect(within(toasts()).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(planIn('test-conf').starred).toEqual(['apis']);
  });

  it('keeps Undo on offer while it has keyboard focus', async () => {
    const { timers, advance } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(starOfAdobe());
    act(() => within(toasts()).getByRole('button', { name: 'Undo' }).focus());
    advance(UNDO_OFFERED_MS * 3);
    expect(within(toasts()).getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  it('announces the message only, not its buttons', async () => {
    const { timers } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(starOfAdobe());
    const live = within(toasts()).getByRole('status');
    expect(live).toHaveTextContent('Removed “Inside Adobe” from your plan.');
    expect(within(live).queryByRole('button')).toBeNull();
  });

  it('undoes with Ctrl+Z while Undo is on offer', async () => {
    const { timers } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(starOfAdobe());
    expect(planIn('test-conf').starred).toEqual(['apis']);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(planIn('test-conf').starred).toEqual(['adobe', 'apis']);
    expect(starOfAdobe()).toHaveFocus();
  });

  it('can be dismissed at once', async () => {
    const { timers } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(starOfAdobe());
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Dismiss' }));
    expect(within(toasts()).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('brings a cleared plan back', async () => {
    const { timers } = manualTimers();
    renderPlanWithToast(timers);
    await userEvent.click(screen.getByRole('button', { name: 'More plan actions' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Clear plan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, clear my plan' }));
    expect(within(toasts()).getByText('Cleared 2 picks from your plan.')).toBeVisible();
    await userEvent.click(within(toasts()).getByRole('button', { name: 'Undo' }));
    expect(planIn('test-conf').starred).toEqual(['adobe', 'apis']);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    // Focus lands on the first pick that came back.
    expect(starOfAdobe()).toHaveFocus();
  });
});
