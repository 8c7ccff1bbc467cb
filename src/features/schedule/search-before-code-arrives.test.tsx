import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { spokenTitle } from '../../../tests/helpers/spoken-title';
import { ScheduleView } from './schedule-view';

// The search code's chunk arrives only when the test lets it, as a slow network would deliver it.
const arrival = vi.hoisted(() => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { gate, release };
});
vi.mock('./talk-search', async (importOriginal) => {
  await arrival.gate;
  return importOriginal();
});

const schedule = loadSchedule(raw);
// From the data: the one talk with a speaker named Zięba, on Thursday.
const ziebaTalk = schedule.talks.find((talk) =>
  talk.speakers.some((speaker) => speaker.name.includes('Zięba')),
);

beforeEach(() => resetPlanStore());

describe('a search typed before the search code has arrived', () => {
  it('keeps the keystroke in the box and applies it once the code is here', async () => {
    expect(ziebaTalk?.day).toBe('2023-11-09');
    renderWithSchedule(schedule, <ScheduleView />);
    const box = screen.getByRole('searchbox', { name: 'Search talks' });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'zieba' } });
    expect(box).toHaveValue('zieba');
    // Meanwhile the whole first day stays on screen, as before any search.
    expect(screen.getAllByRole('article')).toHaveLength(15);

    arrival.release();
    expect(
      await screen.findByRole('article', { name: spokenTitle(ziebaTalk?.title ?? '') }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'No talks on Mon 6 Nov match your search. · 1 more on Thu 9 Nov',
    );
  });
});
