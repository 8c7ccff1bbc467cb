import { act, screen, waitFor } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense, useId, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { ClashSummary } from './clash-summary';
import { PlanView } from './plan-view';

const talks = [
  makeTalk('a', '10:00', '10:30', { title: 'First' }),
  makeTalk('b', '10:15', '10:45', { title: 'Second' }),
  makeTalk('c', '10:40', '11:00', { title: 'Third' }),
  makeTalk('d', '11:00', '11:30', { title: 'Fourth' }),
];

function Harness() {
  const [showPlan, setShowPlan] = useState(false);
  const firstClashId = useId();
  return (
    <>
      <ClashSummary onShow={() => setShowPlan(true)} firstClashId={firstClashId} />
      {/* As in the app, where My plan is the panel of its tab. */}
      {showPlan && (
        <div role="tabpanel" aria-label="My plan">
          <PlanView firstClashId={firstClashId} />
        </div>
      )}
    </>
  );
}

// As in the app: My plan's code arrives only when it is first shown.
const LazyPlanView = lazy(() => import('./plan-view').then((m) => ({ default: m.PlanView })));

function LazyHarness() {
  const [showPlan, setShowPlan] = useState(false);
  const firstClashId = useId();
  return (
    <>
      <ClashSummary onShow={() => setShowPlan(true)} firstClashId={firstClashId} />
      {showPlan && (
        <Suspense fallback={<p>Loading your plan…</p>}>
          <LazyPlanView firstClashId={firstClashId} />
        </Suspense>
      )}
    </>
  );
}

const star = (...ids: string[]) =>
  act(() => ids.forEach((id) => usePlanStore.getState().toggleStar('test-conf', id)));

describe('the clash summary', () => {
  beforeEach(() => resetPlanStore());

  it('is absent while the plan has no clash, even with touching talks', () => {
    star('c', 'd');
    renderWithSchedule(makeSchedule(talks), <Harness />);
    expect(screen.queryByRole('button', { name: /clash/ })).toBeNull();
  });

  it('counts clashes in words, singular and plural', () => {
    star('a', 'b');
    renderWithSchedule(makeSchedule(talks), <Harness />);
    expect(screen.getByRole('button', { name: '1 clash in your plan' })).toBeVisible();
    star('c');
    expect(screen.getByRole('button', { name: '2 clashes in your plan' })).toBeVisible();
  });

  it('leads to the first clash in My plan', async () => {
    star('c', 'b', 'a');
    renderWithSchedule(makeSchedule(talks), <Harness />);
    await userEvent.click(screen.getByRole('button', { name: '2 clashes in your plan' }));
    expect(document.activeElement).toHaveTextContent('Overlaps with Second by 15 min');
    expect(screen.getByRole('tabpanel', { name: 'My plan' })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('leads to the first clash even while My plan is still loading', async () => {
    star('a', 'b');
    renderWithSchedule(makeSchedule(talks), <LazyHarness />);
    await userEvent.click(screen.getByRole('button', { name: '1 clash in your plan' }));
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent('Overlaps with Second by 15 min'),
    );
  });
});
