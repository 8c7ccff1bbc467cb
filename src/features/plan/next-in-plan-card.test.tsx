import { act, screen, within } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { NextInPlanCard } from './next-in-plan-card';

const secure = makeTalk('secure', '15:25', '16:00', { day: 7, title: 'Secure Connection' });
const tutorial = makeTalk('tutorial', '16:30', '18:00', { day: 7, title: 'Demystifying Cilium' });
const battle = makeTalk('battle', '17:25', '18:00', { day: 7, title: 'Battle Scars' });
const performance = makeTalk('performance', '16:30', '17:05', { day: 8, title: 'Up to 11' });
const talks = [secure, tutorial, battle, performance];
const { conference } = makeSchedule(talks);
const schedule = {
  ...makeSchedule(talks),
  conference: { ...conference, days: ['2023-11-06', '2023-11-07', '2023-11-08'] },
};

const star = (...ids: string[]) =>
  act(() => ids.forEach((id) => usePlanStore.getState().toggleStar(schedule.conference.id, id)));
const at = (day: number, time: string) => Date.parse(`2023-11-0${day}T${time}:00-06:00`);
const card = () => screen.getByRole('region', { name: 'Next in your plan' });

describe('Next in your plan', () => {
  beforeEach(() => resetPlanStore());

  it('at 4:45 PM on Tue 7 Nov, shows the talk on now and the next pick with the time until it', () => {
    star('secure', 'tutorial', 'battle');
    renderWithSchedule(schedule, <NextInPlanCard now={at(7, '16:45')} />);
    const items = within(card()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'On now: Demystifying Cilium, ends in 1 h 15 min',
      'Next: Battle Scars at 5:25 PM, in 40 min',
    ]);
  });

  it('between talks, shows only the next one', () => {
    star('secure', 'tutorial');
    renderWithSchedule(schedule, <NextInPlanCard now={at(7, '16:10')} />);
    expect(
      within(card())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Next: Demystifying Cilium at 4:30 PM, in 20 min']);
  });

  it('names the weekday of a next pick on a later day', () => {
    star('tutorial', 'performance');
    renderWithSchedule(schedule, <NextInPlanCard now={at(7, '19:00')} />);
    expect(within(card()).getByRole('listitem')).toHaveTextContent(
      'Next: Up to 11 at Wed 4:30 PM, in 21 h 30 min',
    );
  });

  it('follows a new moment when re-rendered', () => {
    star('tutorial');
    const { rerender } = renderWithSchedule(schedule, <NextInPlanCard now={at(7, '16:00')} />);
    expect(card()).toHaveTextContent('in 30 min');
    rerender(<NextInPlanCard now={at(7, '16:50')} />);
    expect(card()).toHaveTextContent('On now: Demystifying Cilium, ends in 1 h 10 min');
  });

  it('is absent after the last pick, with nothing starred, and outside the conference days', () => {
    star('tutorial');
    const { rerender } = renderWithSchedule(schedule, <NextInPlanCard now={at(7, '18:00')} />);
    expect(screen.queryByRole('region', { name: 'Next in your plan' })).not.toBeInTheDocument();
    rerender(<NextInPlanCard now={Date.parse('2023-10-30T12:00:00-05:00')} />);
    expect(screen.queryByRole('region', { name: 'Next in your plan' })).not.toBeInTheDocument();
    act(() => usePlanStore.getState().toggleStar(schedule.conference.id, 'tutorial'));
    rerender(<NextInPlanCard now={at(7, '12:00')} />);
    expect(screen.queryByRole('region', { name: 'Next in your plan' })).not.toBeInTheDocument();
  });
});
