import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import raw from '../../../tests/fixtures/schedules/constructed/hostile-abstract.json';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { loadSchedule } from '@/domain/load-schedule';
import { ScheduleView } from './schedule-view';

// From hostile-abstract.xml: room H.1302 holds both talks, one in track Security, one in Main.
const schedule = loadSchedule(raw);
const SECURITY_TALK = 'Script in the abstract';
const MAIN_TALK = 'A plain talk';
const article = (title: string) => screen.queryByRole('article', { name: title });

describe('hiding rooms and tracks of an imported schedule', () => {
  beforeEach(() => resetPlanStore());

  it('hides a track, says so in the count, and remembers it for that conference only', async () => {
    const { unmount } = renderWithSchedule(schedule, <ScheduleView />);
    expect(screen.getByRole('group', { name: 'Rooms' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Security' }));
    await waitFor(() => expect(article(SECURITY_TALK)).toBeNull());
    expect(article(MAIN_TALK)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^1 talk on .* match/);
    unmount();

    renderWithSchedule(schedule, <ScheduleView />);
    expect(screen.getByRole('checkbox', { name: 'Security' })).not.toBeChecked();
    expect(article(SECURITY_TALK)).toBeNull();
    const other = { ...schedule, conference: { ...schedule.conference, id: 'other26' } };
    renderWithSchedule(other, <ScheduleView />);
    expect(screen.getAllByRole('article', { name: SECURITY_TALK })).toHaveLength(1);
  });

  it('hides a room and shows it again', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    const room = screen.getByRole('checkbox', { name: 'H.1302' });
    await userEvent.click(room);
    // The filter code loads on first use; the choice applies once it is here.
    await waitFor(() => expect(article(SECURITY_TALK)).toBeNull());
    expect(article(MAIN_TALK)).toBeNull();
    await userEvent.click(room);
    expect(article(MAIN_TALK)).toBeInTheDocument();
  });
});
