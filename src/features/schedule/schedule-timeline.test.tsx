import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import type { Talk } from '@/domain/schedule-schema';
import { ScheduleTimeline } from './schedule-timeline';
import { ScheduleView } from './schedule-view';

const ROOMS = ['Room 1', 'Room 2', 'Room 3', 'Room 4', 'Room 5', 'Room 6', 'Room 7'];

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * `count` ten-minute talks from 8:00, seven at a time, one per room: talk n is "s<slot>r<room>",
 * slot ⌊n / 7⌋, room n mod 7, so the day's time order is the order made here.
 */
function day(count: number): Talk[] {
  return Array.from({ length: count }, (_, n) => {
    const [slot, room] = [Math.floor(n / ROOMS.length), n % ROOMS.length];
    const from = 8 * 60 + slot * 10;
    return makeTalk(`s${slot}r${room}`, clock(from), clock(from + 10), {
      column: ROOMS[room],
      title: `Slot ${slot} in room ${room + 1}`,
    });
  });
}

function renderDay(talks: Talk[]) {
  return renderWithSchedule(
    makeSchedule(talks),
    <ScheduleTimeline
      talks={talks}
      eventOrder={ROOMS}
      shownZone="America/Chicago"
      conferenceZone="America/Chicago"
      onOpenTalk={() => undefined}
    />,
  );
}

const articles = () => screen.queryAllByRole('article');

beforeEach(async () => {
  await resetPlanStore();
});

describe('a big day draws only the cards near the view', () => {
  it('draws every card of a 300-card day', async () => {
    renderDay(day(300));
    await waitFor(() => expect(articles()).toHaveLength(300));
  });

  // Without layout the window reckons with the test document's 1024 × 768 px view at the top
  // and half a view beyond each way: rows down to 768 + 384 = 1,152 px. The header row (40 px)
  // and 10-minute rows held at the 76 px minimum put slots 0–14 there (slot 14 starts at
  // 40 + 14 × 76 = 1,104, slot 15 at 1,180); all seven lanes start before 1,024 + 512 = 1,536 px
  // (the 88 px axis, then 192 px lanes, 12 px apart: the last at 1,324). Slots 0–14 are 105
  // cards, plus the day's last three: 108.
  it('draws the 108 cards near the top of a 301-card day, its last three included', async () => {
    renderDay(day(301));
    await waitFor(() => expect(articles()).toHaveLength(108));
    expect(screen.getByRole('article', { name: 'Slot 14 in room 7' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Slot 15 in room 1' })).toBeNull();
    // The last three in time order: slot 42's rooms 5–7.
    for (const room of [5, 6, 7]) {
      expect(screen.getByRole('article', { name: `Slot 42 in room ${room}` })).toBeInTheDocument();
    }
    expect(screen.queryByRole('article', { name: 'Slot 42 in room 4' })).toBeNull();
  });

  it('draws the talks after the focused one as Tab is pressed, so Tab reaches the next', async () => {
    renderDay(day(301));
    await waitFor(() => expect(articles()).toHaveLength(108));
    const lastDrawn = screen.getByRole('article', { name: 'Slot 14 in room 7' });
    act(() => within(lastDrawn).getByRole('button', { name: /^Star/ }).focus());
    expect(screen.queryByRole('article', { name: 'Slot 15 in room 1' })).toBeNull();
    // Next in time order: slot 15, room 1.
    await userEvent.tab();
    expect(
      within(screen.getByRole('article', { name: 'Slot 15 in room 1' })).getByRole('link'),
    ).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(lastDrawn).getByRole('button', { name: /^Star/ })).toHaveFocus();
  });

  it('draws the talk the address opens, far from the view', async () => {
    window.history.replaceState(null, '', '/#talk=s40r1');
    try {
      renderDay(day(301));
      expect(
        await screen.findByRole('article', { name: 'Slot 40 in room 2' }, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('article', { name: 'Slot 40 in room 1' })).toBeNull();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('draws the whole day for printing, and only the window again afterwards', async () => {
    renderDay(day(301));
    await waitFor(() => expect(articles()).toHaveLength(108));
    fireEvent(window, new Event('beforeprint'));
    expect(articles()).toHaveLength(301);
    fireEvent(window, new Event('afterprint'));
    await waitFor(() => expect(articles()).toHaveLength(108));
  });
});

describe('searching a big day', () => {
  it('lists a match the grid has not drawn', async () => {
    const talks = day(301);
    renderWithSchedule(makeSchedule(talks), <ScheduleView />);
    await waitFor(() => expect(articles()).toHaveLength(108));
    expect(screen.queryByRole('article', { name: 'Slot 40 in room 2' })).toBeNull();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'Slot 40');
    expect(
      await screen.findByRole('article', { name: 'Slot 40 in room 2' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('lists every match of a search matching the whole day, its count said at once', async () => {
    const talks = day(301);
    renderWithSchedule(makeSchedule(talks), <ScheduleView />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'Slot');
    expect(await screen.findByRole('heading', { name: /301 matches/ })).toBeInTheDocument();
    // Drawn a screenful at a time, so a key never waits for all 301 cards.
    await waitFor(() => expect(articles()).toHaveLength(301), { timeout: 10_000 });
  });
});
