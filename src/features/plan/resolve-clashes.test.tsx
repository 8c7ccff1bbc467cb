import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { planIn, resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import type { ToastTimers } from '@/components/toast';
import { usePlanStore } from '@/store/plan-store';
import { PlanView } from './plan-view';
import { UndoRemovalToast } from './undo-removal-toast';

// Tuesday's clash in the bundled data: the tutorial runs 4:30–6:00 pm, the panel 5:25–6:00 pm.
const tutorial = makeTalk('1R2on', '16:30', '18:00', {
  day: 7,
  title: 'Tutorial: Demystifying Cilium',
});
const serviceMesh = makeTalk('1R2ts', '17:25', '18:00', {
  day: 7,
  title: 'Service Mesh Battle Scars',
});
// A talk the source marks as recorded, clashing with a longer one on Monday.
const recordedTalk = {
  ...makeTalk('rec', '10:00', '10:30', { title: 'Recorded Talk' }),
  recorded: true,
};
const longTalk = makeTalk('long', '09:30', '11:00', { title: 'Long Workshop' });
// Ends as the next one starts: touching, not a clash.
const early = makeTalk('early', '12:10', '12:15', { title: 'Lightning' });
const touching = makeTalk('touch', '12:15', '12:40', { title: 'Right After' });
const schedule = makeSchedule([tutorial, serviceMesh, recordedTalk, longTalk, early, touching]);

// Timers that never fire, so Undo stays on offer for as long as the test needs.
const stillTimers: ToastTimers = { setTimeout: () => 0, clearTimeout: () => undefined };

const star = (...ids: string[]) =>
  act(() => ids.forEach((id) => usePlanStore.getState().toggleStar(schedule.conference.id, id)));
// In the app My plan is the view tabs' panel of that name; the test gives it the same frame.
const plan = () => screen.getByRole('tabpanel', { name: 'My plan' });
const article = (title: string) => within(plan()).getByRole('article', { name: title });
const dialog = () => screen.getByRole('dialog', { name: 'Resolve clashes' });

function renderPlan() {
  renderWithSchedule(
    schedule,
    <>
      <div role="tabpanel" aria-label="My plan">
        <PlanView />
      </div>
      <UndoRemovalToast timers={stillTimers} />
    </>,
  );
}

describe('Resolve clashes', () => {
  beforeEach(() => resetPlanStore());

  it('is offered only while the plan has a clash; touching talks are none', () => {
    star('early', 'touch');
    renderPlan();
    expect(screen.queryByRole('button', { name: 'Resolve clashes' })).toBeNull();
    star('1R2on', '1R2ts');
    expect(screen.getByRole('button', { name: 'Resolve clashes' })).toBeVisible();
  });

  it('without must-see picks proposes dropping the shorter talk, and changes nothing on Cancel', async () => {
    star('1R2on', '1R2ts');
    renderPlan();
    await userEvent.click(screen.getByRole('button', { name: 'Resolve clashes' }));
    const dropped = within(dialog()).getByRole('list', { name: 'Picks to drop' });
    expect(within(dropped).getAllByRole('listitem')).toHaveLength(1);
    expect(within(dropped).getByText('Service Mesh Battle Scars')).toBeVisible();
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(planIn(schedule.conference.id).starred).toEqual(['1R2on', '1R2ts']);
  });

  it('keeps the must-see pick, drops the other on Apply, and Undo restores both exactly', async () => {
    star('1R2on', '1R2ts');
    renderPlan();
    await userEvent.click(
      within(article('Service Mesh Battle Scars')).getByRole('checkbox', { name: 'Must see' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Resolve clashes' }));
    const dropped = within(dialog()).getByRole('list', { name: 'Picks to drop' });
    expect(within(dropped).getByText('Tutorial: Demystifying Cilium')).toBeVisible();
    expect(within(dropped).queryByText('Service Mesh Battle Scars')).toBeNull();

    await userEvent.click(within(dialog()).getByRole('button', { name: 'Apply' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      within(plan()).queryByRole('article', { name: 'Tutorial: Demystifying Cilium' }),
    ).toBeNull();
    expect(
      within(article('Service Mesh Battle Scars')).getByRole('checkbox', { name: 'Must see' }),
    ).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Resolve clashes' })).toBeNull();

    const toast = screen.getByRole('group', { name: 'Plan changes' });
    expect(within(toast).getByText('Dropped 1 pick to resolve clashes.')).toBeVisible();
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(article('Tutorial: Demystifying Cilium')).toBeVisible();
    expect(
      within(article('Service Mesh Battle Scars')).getByRole('checkbox', { name: 'Must see' }),
    ).toBeChecked();
    expect(planIn(schedule.conference.id).starred).toEqual(['1R2on', '1R2ts']);
    expect(planIn(schedule.conference.id).mustSee).toEqual(['1R2ts']);
  });

  it('says a recorded talk it drops can be watched later, and lists it under Watch later', async () => {
    star('long', 'rec');
    renderPlan();
    await userEvent.click(
      within(article('Long Workshop')).getByRole('checkbox', { name: 'Must see' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Resolve clashes' }));
    const dropped = within(dialog()).getByRole('list', { name: 'Picks to drop' });
    expect(within(dropped).getByRole('listitem')).toHaveTextContent(
      /Recorded Talk.*recorded: watch later/,
    );
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Apply' }));
    const watchLater = screen.getByRole('region', { name: 'Watch later' });
    expect(within(watchLater).getByText(/Recorded Talk/)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByRole('region', { name: 'Watch later' })).toBeNull();
    expect(article('Recorded Talk')).toBeVisible();
  });
});
