import { act, screen, within } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSchedule, makeTalk } from '../../../tests/helpers/make-talk';
import { planIn, resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { useWalkingTimeStore, WALKING_TIME_STORAGE_KEY } from '@/store/walking-time';
import { PlanView } from './plan-view';

const adobe = makeTalk('adobe', '09:15', '09:40', { title: 'Inside Adobe' });
const apis = makeTalk('apis', '09:50', '10:15', { title: 'External APIs' });
const keynote = makeTalk('keynote', '10:20', '10:25', {
  title: 'Graduated Projects',
  column: 'KubeCon + CloudNativeCon',
});
const longTalk = makeTalk('long', '09:30', '10:00', { title: 'Overlapping Talk' });
const tuesday = makeTalk('tue', '16:30', '18:00', { day: 7, title: 'Demystifying Cilium' });
const talks = [adobe, apis, keynote, longTalk, tuesday];
const schedule = makeSchedule(talks);

const starIn = (conferenceId: string, ...ids: string[]) =>
  act(() => ids.forEach((id) => usePlanStore.getState().toggleStar(conferenceId, id)));
const star = (...ids: string[]) => starIn(schedule.conference.id, ...ids);
const plan = () => document.body;
const article = (title: string) => within(plan()).getByRole('article', { name: title });

describe('My plan', () => {
  beforeEach(() => resetPlanStore());

  it('says so when nothing is starred', () => {
    renderWithSchedule(schedule, <PlanView />);
    expect(screen.getByText(/No talks starred yet/)).toBeVisible();
  });

  it('lists picks by day in time order, with totals and free time', () => {
    star('tue', 'keynote', 'adobe');
    renderWithSchedule(schedule, <PlanView />);
    // Day headings sit under "My plan" (h2) as h3, each talk under its day as h4.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Monday 6 November 2023',
      'Tuesday 7 November 2023',
    ]);
    const monday = screen.getByRole('list', { name: 'Monday 6 November 2023' });
    expect(
      within(monday)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Inside Adobe', 'Graduated Projects']);
    expect(screen.getByText('2 talks · 30 min of talks')).toBeVisible();
    expect(within(monday).getByText(/^40 min free/)).toBeVisible();
    expect(screen.getByText('1 talk · 1 h 30 min of talks')).toBeVisible();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('flags a clash on both talks, by how many minutes', () => {
    star('adobe', 'long');
    renderWithSchedule(schedule, <PlanView />);
    expect(
      within(article('Inside Adobe')).getByText('Overlaps with Overlapping Talk by 10 min'),
    ).toBeVisible();
    expect(
      within(article('Overlapping Talk')).getByText('Overlaps with Inside Adobe by 10 min'),
    ).toBeVisible();
  });

  it('flags a tight change between events, following the threshold preference', async () => {
    star('apis', 'keynote');
    renderWithSchedule(schedule, <PlanView />);
    const note = 'Tight: 5 min to get from CiliumCon to KubeCon + CloudNativeCon';
    expect(within(article('Graduated Projects')).getByText(note)).toBeVisible();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Warn me when I have less than' }),
      '5 min',
    );
    expect(usePlanStore.getState().tightThresholdMinutes).toBe(5);
    expect(screen.queryByText(note)).toBeNull();
  });

  it('unstars from the plan with the star toggle', async () => {
    star('adobe', 'apis');
    renderWithSchedule(schedule, <PlanView />);
    const toggle = within(article('Inside Adobe')).getByRole('button', { name: 'Star' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(toggle);
    expect(within(plan()).queryByRole('article', { name: 'Inside Adobe' })).toBeNull();
    expect(planIn(schedule.conference.id).starred).toEqual(['apis']);
    // Focus moves to the next pick's star, not to the page body.
    expect(within(article('External APIs')).getByRole('button', { name: 'Star' })).toHaveFocus();
    await userEvent.click(within(article('External APIs')).getByRole('button', { name: 'Star' }));
    expect(screen.getByRole('heading', { name: 'My plan', level: 2 })).toHaveFocus();
  });

  it('keeps picks the schedule no longer has apart, out of clashes', async () => {
    star('gone', 'adobe');
    renderWithSchedule(schedule, <PlanView />);
    const missing = screen.getByRole('region', { name: 'No longer in the schedule' });
    expect(within(missing).getByText('Talk gone')).toBeVisible();
    expect(within(plan()).getAllByRole('article')).toHaveLength(1);
    await userEvent.click(
      within(missing).getByRole('button', { name: 'Remove talk gone from my plan' }),
    );
    expect(planIn(schedule.conference.id).starred).toEqual(['adobe']);
  });

  it('clears the plan from its menu, only after a question that takes focus', async () => {
    star('adobe', 'apis');
    renderWithSchedule(schedule, <PlanView />);
    expect(screen.queryByRole('button', { name: 'Clear plan' })).toBeNull();
    const menuButton = screen.getByRole('button', { name: 'More plan actions' });
    await userEvent.click(menuButton);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Clear plan' }));
    // The question names the dialog and the dialog has focus, so it is heard at once.
    const question = screen.getByRole('dialog', { name: 'Remove all 2 picks from your plan?' });
    expect(question).toHaveFocus();
    await userEvent.click(within(question).getByRole('button', { name: 'Keep my plan' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(planIn(schedule.conference.id).starred).toEqual(['adobe', 'apis']);
    expect(menuButton).toHaveFocus();

    await userEvent.click(menuButton);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Clear plan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, clear my plan' }));
    expect(planIn(schedule.conference.id).starred).toEqual([]);
    expect(screen.getByText(/No talks starred yet/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'My plan', level: 2 })).toHaveFocus();
  });

  it('opens its menu from the keyboard and closes it with Escape', async () => {
    star('adobe');
    renderWithSchedule(schedule, <PlanView />);
    const menuButton = screen.getByRole('button', { name: 'More plan actions' });
    act(() => menuButton.focus());
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Print my plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Clear plan' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Print my plan' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(menuButton).toHaveFocus();
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens a talk’s details from its title', async () => {
    star('adobe');
    const opened: string[] = [];
    renderWithSchedule(schedule, <PlanView onOpenTalk={(id) => opened.push(id)} />);
    const title = within(article('Inside Adobe')).getByRole('link', { name: 'Inside Adobe' });
    expect(title).toHaveAttribute('href', '#talk=adobe');
    await userEvent.click(title);
    expect(opened).toEqual(['adobe']);
  });

  it('shows each pick’s speakers and their companies', () => {
    star('adobe');
    const withSpeakers = makeSchedule([
      {
        ...adobe,
        speakers: [
          { name: 'Joseph Sandoval', affiliation: 'Adobe' },
          { name: 'Ada Lovelace', affiliation: null },
        ],
      },
    ]);
    renderWithSchedule(withSpeakers, <PlanView />);
    expect(
      within(article('Inside Adobe')).getByText('Joseph Sandoval (Adobe), Ada Lovelace'),
    ).toBeVisible();
  });

  it('keeps emoji in titles from the names screen readers say, though they are seen', () => {
    const rocket = makeTalk('rocket', '12:10', '12:15', {
      title: 'Lightning Talk: 🚀 Git Going Fast',
    });
    act(() => usePlanStore.getState().toggleStar('test-conf', 'rocket'));
    renderWithSchedule(makeSchedule([rocket]), <PlanView />);
    const card = screen.getByRole('article', { name: 'Lightning Talk: Git Going Fast' });
    expect(
      within(card).getByRole('link', { name: 'Lightning Talk: Git Going Fast' }),
    ).toBeVisible();
    expect(within(card).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Lightning Talk: 🚀 Git Going Fast',
    );
  });

  it('shows times in the conference’s zone by default, whatever the machine’s zone', () => {
    star('adobe');
    renderWithSchedule(schedule, <PlanView />);
    expect(within(article('Inside Adobe')).getByText('9:15 – 9:40 AM')).toBeVisible();
  });
});

describe('My plan of a schedule with rooms', () => {
  const inRoom = (id: string, from: string, to: string, room: string, title: string) =>
    makeTalk(id, from, to, { room, column: room, title });
  const janson = inRoom('j', '10:00', '10:25', 'Janson', 'Opening');
  const h1302 = inRoom('h', '10:29', '11:00', 'H.1302', 'Packet Filters');
  const h1302Later = inRoom('h2', '11:00', '11:30', 'H.1302', 'Same Room Next');
  const bundledShape = makeSchedule([janson, h1302, h1302Later]);
  const rooms = {
    ...bundledShape,
    conference: {
      ...bundledShape.conference,
      id: 'rooms-conf',
      columnKind: 'room' as const,
      columns: ['Janson', 'H.1302'],
    },
  };
  const walkingTime = () =>
    screen.getByRole('spinbutton', { name: 'Walking time between rooms (min)' });

  beforeEach(async () => {
    await resetPlanStore();
    useWalkingTimeStore.setState(useWalkingTimeStore.getInitialState(), true);
  });

  it('flags a change of room shorter than the default walking time of 5 min', () => {
    starIn(rooms.conference.id, 'j', 'h', 'h2');
    renderWithSchedule(rooms, <PlanView />);
    expect(walkingTime()).toHaveValue(5);
    expect(
      within(article('Packet Filters')).getByText('Tight: 4 min to get from Janson to H.1302'),
    ).toBeVisible();
    // Staying in the room needs no walk, even with no time between the talks.
    expect(within(article('Same Room Next')).queryByText(/^Tight/)).toBeNull();
    // The warning threshold is about the bundled conference's events, so it is not offered.
    expect(screen.queryByRole('combobox', { name: 'Warn me when I have less than' })).toBeNull();
  });

  it('follows the walking time the person types, and remembers it for this conference', async () => {
    starIn(rooms.conference.id, 'j', 'h');
    const view = renderWithSchedule(rooms, <PlanView />);
    await userEvent.clear(walkingTime());
    await userEvent.type(walkingTime(), '3');
    expect(screen.queryByText(/^Tight/)).toBeNull();
    await userEvent.clear(walkingTime());
    await userEvent.type(walkingTime(), '12');
    expect(
      within(article('Packet Filters')).getByText('Tight: 4 min to get from Janson to H.1302'),
    ).toBeVisible();
    expect(JSON.parse(localStorage.getItem(WALKING_TIME_STORAGE_KEY) ?? 'null')).toMatchObject({
      state: { minutesByConference: { 'rooms-conf': 12 } },
    });
    view.unmount();
  });

  it('reads the walking time saved on an earlier visit, and the default for what it cannot read', async () => {
    const saved = (minutes: unknown) =>
      localStorage.setItem(
        WALKING_TIME_STORAGE_KEY,
        JSON.stringify({ version: 1, state: { minutesByConference: { 'rooms-conf': minutes } } }),
      );
    saved(7);
    await act(() => useWalkingTimeStore.persist.rehydrate());
    const view = renderWithSchedule(rooms, <PlanView />);
    expect(walkingTime()).toHaveValue(7);
    view.unmount();
    saved('a lot');
    await act(() => useWalkingTimeStore.persist.rehydrate());
    renderWithSchedule(rooms, <PlanView />);
    expect(walkingTime()).toHaveValue(5);
  });

  it('keeps the last walking time while the box holds no number', async () => {
    starIn(rooms.conference.id, 'j', 'h');
    renderWithSchedule(rooms, <PlanView />);
    await userEvent.clear(walkingTime());
    expect(walkingTime()).toHaveValue(null);
    expect(useWalkingTimeStore.getState().minutesByConference).toEqual({});
    expect(
      within(article('Packet Filters')).getByText('Tight: 4 min to get from Janson to H.1302'),
    ).toBeVisible();
  });
});
