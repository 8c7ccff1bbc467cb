import { act, screen } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { ClashAnnouncer } from './clash-announcer';

const tutorial = makeTalk('tutorial', '16:30', '18:00', { title: 'Long Tutorial' });
const panel = makeTalk('panel', '17:25', '18:00', { title: 'Late Panel' });
const after = makeTalk('after', '18:00', '18:30', { title: 'Right After' });

const schedule = makeSchedule([tutorial, panel, after]);

beforeEach(() => resetPlanStore());

const star = (id: string) =>
  act(() => usePlanStore.getState().toggleStar(schedule.conference.id, id));

describe('ClashAnnouncer', () => {
  it('says which talk a new star overlaps and by how much', () => {
    renderWithSchedule(schedule, <ClashAnnouncer />);
    star('tutorial');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    star('panel');
    // 17:25 to 18:00 is 35 minutes of overlap.
    expect(screen.getByRole('status')).toHaveTextContent('Overlaps with Long Tutorial by 35 min.');
  });

  it('says nothing for a talk that only touches another', () => {
    renderWithSchedule(schedule, <ClashAnnouncer />);
    star('tutorial');
    star('after');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });
});
