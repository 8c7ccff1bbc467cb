import { screen, within } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '@/data/schedule.json';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { loadSchedule } from '@/domain/load-schedule';
import { usePlanStore } from '@/store/plan-store';
import { ScheduleView } from './schedule-view';
import { TimeDisplaySwitch } from './time-display-switch';

// Runs under several machine zones (see vite.config.ts).
const schedule = loadSchedule(raw);
const adobe = schedule.talks.find((t) => t.id === '1Rj0z')!;
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f]/g, ' ');

// The Adobe talk (9:15 Chicago, Monday) on the clocks of the zones the tests run in.
const localTimes: Record<string, { label: string; time: string }> = {
  'Asia/Tokyo': { label: 'Your time: Tokyo (GMT+9)', time: 'Tue 12:15 – 12:40 AM' },
  'America/Los_Angeles': { label: 'Your time: Los Angeles (PST)', time: '7:15 – 7:40 AM' },
  UTC: { label: 'Your time (UTC)', time: '3:15 – 3:40 PM' },
};

function renderWithSwitch() {
  renderWithSchedule(
    schedule,
    <>
      <TimeDisplaySwitch />
      <ScheduleView />
    </>,
  );
  return () =>
    plain(within(screen.getByRole('article', { name: adobe.title })).getByText(/–/).textContent);
}

beforeEach(() => resetPlanStore());
afterEach(() => vi.restoreAllMocks());

describe('time switch', () => {
  it('shows conference time by default, whatever the machine zone', () => {
    const shownTime = renderWithSwitch();
    expect(screen.getByRole('radio', { name: 'Chicago time (CST)' })).toBeChecked();
    expect(shownTime()).toBe('9:15 – 9:40 AM');
  });

  it('is not offered to a visitor already in the conference’s zone', () => {
    const resolved = Intl.DateTimeFormat().resolvedOptions();
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...resolved,
      timeZone: 'America/Chicago',
    });
    renderWithSwitch();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Show times in' })).toBeNull();
  });

  it.runIf(machineZone in localTimes)(
    'switches to the visitor’s own zone and remembers it',
    async () => {
      const expected = localTimes[machineZone]!;
      const shownTime = renderWithSwitch();
      await userEvent.click(screen.getByRole('radio', { name: expected.label }));
      expect(shownTime()).toBe(expected.time);
      expect(usePlanStore.getState().timeDisplay).toBe('local');

      await userEvent.click(screen.getByRole('radio', { name: 'Chicago time (CST)' }));
      expect(shownTime()).toBe('9:15 – 9:40 AM');
    },
  );
});
