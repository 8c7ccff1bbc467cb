import { act, screen, within } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTalk } from '../../../tests/helpers/make-talk';
import { SCHEDULE_SCHEMA_VERSION, type Schedule } from '@/domain/schedule-schema';
import { encodeShareCode } from '@/domain/share/share-code';
import { planIn, setPlan } from '../../../tests/helpers/reset-plan-store';
import { whenFragmentReadable } from '@/store/url-fragment';
import { SharedPlanFromLink } from './shared-plan-from-link';

const schedule: Schedule = {
  schemaVersion: SCHEDULE_SCHEMA_VERSION,
  conference: {
    id: 'test',
    name: 'Test Conference',
    shortName: 'Test',
    timeZone: 'America/Chicago',
    city: 'Chicago',
    days: ['2023-11-06', '2023-11-07'],
    columnKind: 'event',
    columns: ['CiliumCon'],
    source: { format: 'seed', url: null },
  },
  talks: [
    makeTalk('a1', '09:15', '09:40', { title: 'Cilium at scale' }),
    makeTalk('b2', '10:00', '10:25', { title: 'eBPF for everyone' }),
    makeTalk('c3', '11:00', '11:25', { day: 7, title: 'Tetragon in production' }),
    makeTalk('d4', '12:00', '12:25', { title: 'Not shared' }),
  ],
};

// The schedule above stands for the bundled conference; DENOG16 was opened before.
const conferences = [
  { id: 'test', name: 'Test Conference' },
  { id: 'denog16', name: 'DENOG16' },
];
const onSwitch = vi.fn<(conferenceId: string) => void>();

/** Opens the address with this fragment while the conference `shownId` shows `shown`. */
function openLink(hash: string, shownId = 'test', shown: Schedule = schedule) {
  window.history.replaceState(null, '', `/${hash}`);
  return renderWithSchedule(
    shown,
    <SharedPlanFromLink
      bundledId="test"
      conferences={conferences}
      shownId={shownId}
      onSwitch={onSwitch}
    />,
  );
}

const sharedPlan = () => screen.getByRole('region', { name: 'Shared plan' });

// The app shows a shared plan only once the address's fragment has been read, so its reader is here.
beforeAll(() => whenFragmentReadable());

beforeEach(() => {
  onSwitch.mockClear();
  setPlan(schedule.conference.id, { starred: ['b2', 'd4'], mustSee: [] });
  window.history.replaceState(null, '', '/');
});

/** A talk overlapping "Cilium at scale" (9:15–9:40) by 15 minutes, with two speakers. */
const overlapping = {
  ...makeTalk('e5', '09:25', '09:50', { title: 'Overlapping talk' }),
  speakers: [
    { name: 'Joseph Sandoval', affiliation: 'Adobe' },
    { name: 'Tony Gosselin', affiliation: 'Adobe' },
  ],
};
const withClash: Schedule = { ...schedule, talks: [...schedule.talks, overlapping] };

describe('clashes and separators in a shared plan', () => {
  it('flags the clash between two shared talks on both rows and counts it', () => {
    openLink(`#share=${encodeShareCode(['a1', 'e5', 'c3'])}`, 'test', withClash);
    const [first, second, third] = within(sharedPlan()).getAllByRole('listitem');
    expect(first).toHaveTextContent('Overlaps with Overlapping talk by 15 min');
    expect(second).toHaveTextContent('Overlaps with Cilium at scale by 15 min');
    expect(third).not.toHaveTextContent('Overlaps');
    expect(sharedPlan()).toHaveTextContent('3 talks shared with you; 1 clash between them.');
  });

  it('keeps the parts of a row apart when read as text', () => {
    openLink(`#share=${encodeShareCode(['e5'], ['e5'])}`, 'test', withClash);
    const [row] = within(sharedPlan()).getAllByRole('listitem');
    expect(row).toHaveTextContent(
      'Mon 9:25 – 9:50 AM, Overlapping talk, CiliumCon, Joseph Sandoval, Tony Gosselin, Must see',
    );
  });
});

describe('opening a share link', () => {
  it('shows the shared must-see picks and keeps them on "Add all to my plan"', async () => {
    openLink(`#share=${encodeShareCode(['a1', 'c3'], ['c3'])}`);
    const items = within(sharedPlan()).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent(/Tetragon in production.*Must see/);
    expect(items[0]).not.toHaveTextContent('Must see');
    await userEvent.click(within(sharedPlan()).getByRole('button', { name: 'Add all to my plan' }));
    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4', 'a1', 'c3']);
    expect(planIn(schedule.conference.id).mustSee).toEqual(['c3']);
  });

  it('shows nothing when the page was not opened from a share link', () => {
    openLink('#talk=a1');
    expect(screen.queryByRole('region', { name: 'Shared plan' })).not.toBeInTheDocument();
  });

  it('lists the shared talks and marks those already in one’s own plan', () => {
    openLink(`#share=${encodeShareCode(['c3', 'a1', 'b2'])}`);
    const items = within(sharedPlan()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Cilium at scale'),
      expect.stringContaining('eBPF for everyone'),
      expect.stringContaining('Tetragon in production'),
    ]);
    expect(items[1]).toHaveTextContent('Also in your plan');
    expect(items[0]).not.toHaveTextContent('Also in your plan');
    expect(items[0]).toHaveTextContent('Mon 9:15');
    expect(items[2]).toHaveTextContent('Tue 11:00');
    expect(sharedPlan()).toHaveTextContent('3 talks shared with you, 1 already in your plan.');
  });

  it('changes nothing in one’s own plan until "Add all to my plan" is pressed', async () => {
    openLink(`#share=${encodeShareCode(['a1', 'b2', 'c3'])}`);
    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4']);

    await userEvent.click(within(sharedPlan()).getByRole('button', { name: 'Add all to my plan' }));

    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4', 'a1', 'c3']);
    expect(screen.getByRole('status')).toHaveTextContent('Added 2 talks to your plan.');
    expect(within(sharedPlan()).getAllByText('Also in your plan')).toHaveLength(3);
  });

  it('adds nothing twice when pressed again', async () => {
    openLink(`#share=${encodeShareCode(['a1', 'b2'])}`);
    const add = screen.getByRole('button', { name: 'Add all to my plan' });
    await userEvent.click(add);
    await userEvent.click(add);
    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4', 'a1']);
    expect(screen.getByRole('status')).toHaveTextContent(
      'All these talks were already in your plan.',
    );
  });

  it('reports talks that are not in the schedule and skips them', async () => {
    openLink(`#share=${encodeShareCode(['a1', 'gone1', 'gone2'])}`);
    expect(sharedPlan()).toHaveTextContent(
      '2 talks in this link are not in the schedule and were skipped.',
    );
    expect(within(sharedPlan()).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Add all to my plan' }));
    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4', 'a1']);
  });

  it.each([
    ['truncated', () => `#share=${encodeShareCode(['a1', 'b2']).slice(0, -2)}`],
    ['foreign', () => '#share=v1:a1,b2'],
    ['empty', () => '#share='],
    ['from another version', () => '#share=9.a1.zz'],
  ])('explains a %s link, offers no way to add, and changes nothing', (_, hash) => {
    openLink(hash());
    expect(screen.getByRole('alert')).toHaveTextContent(/^This share link is damaged/);
    expect(screen.queryByRole('button', { name: 'Add all to my plan' })).not.toBeInTheDocument();
    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4']);
  });

  it('closes the shared plan and clears it from the address, keeping one’s plan', async () => {
    openLink(`#share=${encodeShareCode(['a1'])}`);
    await userEvent.click(screen.getByRole('button', { name: 'Close shared plan' }));
    expect(screen.queryByRole('region', { name: 'Shared plan' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('');
    expect(planIn(schedule.conference.id).starred).toEqual(['b2', 'd4']);
  });

  it('shows a share link pasted into the address bar of an open page', () => {
    openLink('');
    act(() => {
      window.location.hash = `share=${encodeShareCode(['c3'])}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(within(sharedPlan()).getByRole('listitem')).toHaveTextContent('Tetragon in production');
  });

  it('stays open when a talk’s details replace the fragment', () => {
    openLink(`#share=${encodeShareCode(['a1'])}`);
    act(() => {
      window.history.pushState(null, '', '#talk=a1');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(sharedPlan()).toHaveTextContent('Cilium at scale');
  });
});

describe('a share link names its conference', () => {
  it('adds the picks of a link naming the conference shown', async () => {
    openLink(`#conference=test&share=${encodeShareCode(['a1'])}`);
    await userEvent.click(screen.getByRole('button', { name: 'Add all to my plan' }));
    expect(planIn('test').starred).toEqual(['b2', 'd4', 'a1']);
    expect(onSwitch).not.toHaveBeenCalled();
  });

  it('shows the opened conference a link names, adding nothing to the plan shown', () => {
    openLink(`#conference=denog16&share=${encodeShareCode(['a1'])}`);
    expect(onSwitch).toHaveBeenCalledExactlyOnceWith('denog16');
    expect(sharedPlan()).toHaveTextContent('This shared plan is for DENOG16.');
    expect(screen.queryByRole('button', { name: 'Add all to my plan' })).not.toBeInTheDocument();
    expect(planIn('test').starred).toEqual(['b2', 'd4']);
    expect(planIn('denog16').starred).toEqual([]);
  });

  it('takes a link naming no conference, as links did before, to the bundled one', () => {
    openLink(`#share=${encodeShareCode(['a1'])}`, 'denog16');
    expect(onSwitch).toHaveBeenCalledExactlyOnceWith('test');
  });

  it('names a conference the person has not opened, and changes nothing', () => {
    openLink(`#conference=fosdem-2026&share=${encodeShareCode(['a1'])}`);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This shared plan is for a conference you have not opened here (“fosdem-2026”). Open its schedule with “Open a schedule”, then open the link again. Nothing was added to your plan.',
    );
    expect(onSwitch).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Add all to my plan' })).not.toBeInTheDocument();
    expect(planIn('test').starred).toEqual(['b2', 'd4']);
  });
});
