import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { TalkCard } from './talk-card';

const lightning = makeTalk('lightning', '12:10', '12:15', {
  title: 'Git Going Fast',
  column: 'ArgoCon',
});
const tetragon = makeTalk('tetragon', '12:15', '12:40', { title: 'Tetragon in Production' });
const overlapping = makeTalk('overlapping', '12:30', '13:00', { title: 'Late Lunch Talk' });
const talks = [lightning, tetragon, overlapping];

function renderCards() {
  renderWithSchedule(
    makeSchedule(talks),
    <>
      {talks.map((talk) => (
        <TalkCard key={talk.id} talk={talk} timeRange="" onOpen={() => undefined} />
      ))}
    </>,
  );
}

const card = (title: string) => screen.getByRole('article', { name: title });

describe('TalkClashFlag in the grid', () => {
  beforeEach(() => resetPlanStore());

  it('says which starred talk overlaps and by how much, in both cards', async () => {
    renderCards();
    await userEvent.click(
      within(card('Tetragon in Production')).getByRole('button', { name: /^Star/ }),
    );
    await userEvent.click(within(card('Late Lunch Talk')).getByRole('button', { name: /^Star/ }));
    expect(
      within(card('Tetragon in Production')).getByText('Overlaps with Late Lunch Talk by 10 min'),
    ).toBeVisible();
    expect(
      within(card('Late Lunch Talk')).getByText('Overlaps with Tetragon in Production by 10 min'),
    ).toBeVisible();
  });

  it('does not flag talks that merely touch', async () => {
    renderCards();
    await userEvent.click(within(card('Git Going Fast')).getByRole('button', { name: /^Star/ }));
    await userEvent.click(
      within(card('Tetragon in Production')).getByRole('button', { name: /^Star/ }),
    );
    expect(screen.queryByText(/Overlaps with/)).toBeNull();
  });

  it('does not flag a talk that is not starred', () => {
    act(() => usePlanStore.getState().toggleStar('test-conf', 'tetragon'));
    renderCards();
    expect(within(card('Late Lunch Talk')).queryByText(/Overlaps with/)).toBeNull();
    expect(within(card('Tetragon in Production')).queryByText(/Overlaps with/)).toBeNull();
  });

  it('removes the flag when the other talk is unstarred', async () => {
    act(() => {
      usePlanStore.getState().toggleStar('test-conf', 'tetragon');
      usePlanStore.getState().toggleStar('test-conf', 'overlapping');
    });
    renderCards();
    expect(
      within(card('Tetragon in Production')).getByText(/Overlaps with Late Lunch Talk/),
    ).toBeVisible();
    await userEvent.click(within(card('Late Lunch Talk')).getByRole('button', { name: /^Star/ }));
    expect(screen.queryByText(/Overlaps with/)).toBeNull();
  });
});
