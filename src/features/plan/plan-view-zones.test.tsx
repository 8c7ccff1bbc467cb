import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { PlanView } from './plan-view';

// Runs under the machine zones of the time projects (vite.config.ts) as well as the default one.
const nightOwl = makeTalk('owl', '01:00', '02:30', { day: 7, title: 'Night Owl' });
const tutorial = makeTalk('tut', '08:30', '10:00', { day: 7, title: 'Morning Tutorial' });
const panel = makeTalk('panel', '09:30', '10:30', { day: 7, title: 'Clashing Panel' });
const schedule = makeSchedule([nightOwl, tutorial, panel]);

// Each talk's Chicago time read in the machine's own zone, worked out by hand.
const expectedTimes: Record<string, Record<string, string>> = {
  'Asia/Tokyo': {
    'Night Owl': '4:00 – 5:30 PM',
    'Morning Tutorial': 'Tue 11:30 PM – Wed 1:00 AM',
    'Clashing Panel': 'Wed 12:30 – 1:30 AM',
  },
  'America/Los_Angeles': {
    'Night Owl': 'Mon 11:00 PM – Tue 12:30 AM',
    'Morning Tutorial': '6:30 – 8:00 AM',
    'Clashing Panel': '7:30 – 8:30 AM',
  },
  UTC: {
    'Night Owl': '7:00 – 8:30 AM',
    'Morning Tutorial': '2:30 – 4:00 PM',
    'Clashing Panel': '3:30 – 4:30 PM',
  },
};
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('My plan in your own time', () => {
  beforeEach(async () => {
    await resetPlanStore();
    act(() => {
      usePlanStore.getState().setTimeDisplay('local');
      ['owl', 'tut', 'panel'].forEach((id) => usePlanStore.getState().toggleStar('test-conf', id));
    });
  });

  it('runs in a zone whose times are written down here', () => {
    expect(Object.keys(expectedTimes)).toContain(machineZone);
  });

  it('keeps every talk under its conference day, with compact times', () => {
    renderWithSchedule(schedule, <PlanView />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Tuesday 7 November 2023',
    ]);
    const tuesday = screen.getByRole('list', { name: 'Tuesday 7 November 2023' });
    const expected = expectedTimes[machineZone] ?? {};
    expect(
      within(tuesday)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Night Owl', 'Morning Tutorial', 'Clashing Panel']);
    for (const [title, time] of Object.entries(expected)) {
      // Intl's thin spaces count as spaces here: the default normaliser folds all white space.
      expect(
        within(within(tuesday).getByRole('article', { name: title })).getByText(time),
      ).toBeVisible();
    }
    // The clash stays with both of its talks under the same day.
    expect(
      within(within(tuesday).getByRole('article', { name: 'Morning Tutorial' })).getByText(
        'Overlaps with Clashing Panel by 30 min',
      ),
    ).toBeVisible();
  });
});
