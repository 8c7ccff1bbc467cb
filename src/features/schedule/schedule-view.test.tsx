import { act, screen, waitFor, within } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import raw from '@/data/schedule.json';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { loadSchedule } from '@/domain/load-schedule';
import { encodeShareCode } from '@/domain/share/share-code';
import { usePlanStore } from '@/store/plan-store';
import { ScheduleView } from './schedule-view';
import { spokenTitle } from '../../../tests/helpers/spoken-title';

const schedule = loadSchedule(raw);
// As named to screen readers: emoji in titles are seen, not spoken.
const titleOf = (id: string) => spokenTitle(schedule.talks.find((t) => t.id === id)?.title ?? id);

beforeEach(async () => {
  await resetPlanStore();
  window.history.replaceState(null, '', '/');
});

describe('day tabs', () => {
  it('names the days in order and opens on the first', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    const tabs = within(screen.getByRole('tablist', { name: 'Conference day' })).getAllByRole(
      'tab',
    );
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Mon 6 Nov',
      'Tue 7 Nov',
      'Wed 8 Nov',
      'Thu 9 Nov',
    ]);
    expect(screen.getByRole('tab', { name: 'Mon 6 Nov' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('article')).toHaveLength(15);

    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    expect(screen.getAllByRole('article')).toHaveLength(4);
  });

  it('moves between days with the arrow keys', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.click(screen.getByRole('tab', { name: 'Mon 6 Nov' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('five-minute talks', () => {
  it('each has its own article whose star can be clicked', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    for (const id of ['1RqIt', '1RqJH', '1Rj31']) {
      const article = screen.getByRole('article', { name: titleOf(id) });
      const star = within(article).getByRole('button', { name: /^Star/ });
      await userEvent.click(star);
      expect(star).toHaveAttribute('aria-pressed', 'true');
    }
  });
});

describe('length', () => {
  it('shows each talk’s length on its card, heard after its time', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    // In the seed: the sponsored keynote runs 10:20–10:25, Adobe's talk 9:15–9:40.
    expect(
      within(screen.getByRole('article', { name: titleOf('1RqIt') })).getByText('5 min'),
    ).toBeInTheDocument();
    const adobe = screen.getByRole('article', { name: titleOf('1Rj0z') });
    expect(adobe).toHaveTextContent(/9:15 – 9:40 AM, 25 min/);
    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    // The tutorial runs 4:30–6:00 PM.
    expect(
      within(screen.getByRole('article', { name: titleOf('1R2on') })).getByText('1 h 30 min'),
    ).toBeInTheDocument();
  });
});

describe('a shared link', () => {
  it('opens on the day of the first shared talk, not the first day', async () => {
    // Both talks are on Tuesday 7 Nov in the seed; the link lists the later one first.
    window.history.replaceState(null, '', `/#share=${encodeShareCode(['1R2ts', '1R2on'])}`);
    renderWithSchedule(schedule, <ScheduleView />);
    // The link's decoder arrives just after the first render.
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
    expect(screen.getByRole('article', { name: titleOf('1R2on') })).toBeInTheDocument();
  });

  it('moves to the shared talks’ day when a link is pasted into an open page', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    act(() => {
      // The Wednesday talk 1R2s5 and the Thursday 1R2tk.
      window.location.hash = `share=${encodeShareCode(['1R2tk', '1R2s5'])}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Wed 8 Nov' })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
  });

  it('stays on the first day for a damaged link', async () => {
    window.history.replaceState(null, '', '/#share=1.1R2on.wrongsum');
    renderWithSchedule(schedule, <ScheduleView />);
    // Once the link has been read (its decoder loaded), the day is still the first.
    await import('@/domain/share/first-shared-day');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getByRole('tab', { name: 'Mon 6 Nov' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('must see', () => {
  it('is a checkbox inside a starred talk only, kept with the plan', async () => {
    await usePlanStore.loadSavedPlan(schedule.conference.id);
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    const serviceMesh = screen.getByRole('article', { name: titleOf('1R2ts') });
    expect(within(serviceMesh).queryByRole('checkbox', { name: 'Must see' })).toBeNull();
    await userEvent.click(within(serviceMesh).getByRole('button', { name: /^Star/ }));
    const mustSee = within(serviceMesh).getByRole('checkbox', { name: 'Must see' });
    expect(mustSee).not.toBeChecked();
    await userEvent.click(mustSee);
    expect(mustSee).toBeChecked();
    expect(
      within(screen.getByRole('article', { name: titleOf('1R2on') })).queryByRole('checkbox', {
        name: 'Must see',
      }),
    ).toBeNull();
    const saved = JSON.parse(localStorage.getItem('kubecon-planner:plan') ?? '{}');
    expect(saved.state.plans[schedule.conference.id].mustSee).toEqual(['1R2ts']);
    await userEvent.click(within(serviceMesh).getByRole('button', { name: /^Star/ }));
    expect(within(serviceMesh).queryByRole('checkbox', { name: 'Must see' })).toBeNull();
  });
});

describe('search and filters', () => {
  it('finds an accented name from plain letters and shows it under its day, the tab counting it', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'zieba');
    // The status names the other day, and the match shows under that day's heading, once the
    // search code (loaded on the box's first focus) is here.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No talks on Mon 6 Nov match your search. · 1 more on Thu 9 Nov',
      ),
    );
    // jsdom has no layout, so its name computation spaces out the inline count.
    expect(screen.getByRole('heading', { level: 2, name: /^Thu 9 Nov ?: 1 match$/ })).toBeVisible();
    expect(screen.getByRole('article', { name: titleOf('1R2vB') })).toBeInTheDocument();
    // The count is seen on the tab; the tab's name stays the day's.
    const thursday = screen.getByRole('tab', { name: 'Thu 9 Nov' });
    expect(thursday).toHaveTextContent('Thu 9 Nov1');
    expect(screen.getByRole('tab', { name: 'Mon 6 Nov' })).toHaveTextContent('Mon 6 Nov0');

    await userEvent.click(screen.getByRole('button', { name: '1 more on Thu 9 Nov' }));
    expect(thursday).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 talk on Thu 9 Nov match');
  });

  it('says when a talk matched on its abstract, quoting it around the word', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search talks' }), 'tetragon');
    // Expected from the data: talks that name Tetragon only in their abstract.
    const days = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(days.length).toBeGreaterThan(1);
    const abstractOnly = schedule.talks.filter(
      (talk) =>
        !/tetragon/i.test(talk.title) &&
        talk.speakers.every((s) => !/tetragon/i.test(`${s.name} ${s.affiliation ?? ''}`)) &&
        /tetragon/i.test(JSON.stringify(talk.abstract)),
    );
    expect(abstractOnly.length).toBeGreaterThan(0);
    for (const talk of abstractOnly) {
      const article = screen.getByRole('article', { name: spokenTitle(talk.title) });
      expect(within(article).getByText(/^Matched in the abstract:/)).toBeVisible();
      expect(within(article).getByText('Tetragon', { selector: 'mark' })).toBeVisible();
    }
  });

  it('says when nothing matches and clears the search', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    const search = screen.getByRole('searchbox', { name: 'Search talks' });
    await userEvent.type(search, 'no such words anywhere');
    expect(screen.getByRole('status')).toHaveTextContent(
      'No talks on Mon 6 Nov match your search.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search).toHaveValue('');
    expect(screen.getAllByRole('article')).toHaveLength(15);
  });

  it('hides an event and shows only starred talks', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'ArgoCon' }));
    expect(screen.getAllByRole('article')).toHaveLength(14);
    expect(screen.queryByRole('article', { name: titleOf('1Rj31') })).not.toBeInTheDocument();

    const adobe = screen.getByRole('article', { name: titleOf('1Rj0z') });
    await userEvent.click(within(adobe).getByRole('button', { name: /^Star/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Starred only' }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual([
      adobe.getAttribute('aria-labelledby'),
    ]);
  });
  it('with "Starred only" on, unstarring hands focus to the next card, then to the day’s status', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    for (const title of ['1Rj0z', '1Rj31'].map(titleOf)) {
      const card = screen.getByRole('article', { name: title });
      await userEvent.click(within(card).getByRole('button', { name: /^Star/ }));
    }
    await userEvent.click(screen.getByRole('checkbox', { name: 'Starred only' }));
    const starOf = (title: string) =>
      within(screen.getByRole('article', { name: title })).getByRole('button', { name: /^Star/ });
    // In the order the cards are read: focus moves on to the next one.
    const [earlier = '', later = ''] = screen
      .getAllByRole('article')
      .map((card) => spokenTitle(within(card).getByRole('heading').textContent ?? ''));
    await userEvent.click(starOf(earlier));
    expect(screen.queryByRole('article', { name: earlier })).toBeNull();
    expect(starOf(later)).toHaveFocus();
    await userEvent.click(starOf(later));
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('No talks on Mon 6 Nov match');
  });

  it('folds the filters behind a button that counts the ones in use', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(
      screen.getByRole('checkbox', { name: 'ArgoCon' }),
    );

    await userEvent.click(screen.getByRole('checkbox', { name: 'ArgoCon' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Starred only' }));
    expect(screen.getByRole('button', { name: 'Filters 2 on' })).toBe(toggle);
  });
});

describe('talk details', () => {
  it('opens from the title, shows the abstract list, and Escape returns focus', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.click(screen.getByRole('tab', { name: 'Tue 7 Nov' }));
    const link = screen.getByRole('link', { name: titleOf('1R2tD') });
    await userEvent.click(link);

    const dialog = await screen.findByRole('dialog', { name: titleOf('1R2tD') });
    expect(window.location.hash).toBe('#talk=1R2tD');
    expect(within(dialog).getByText('Isovalent')).toBeInTheDocument();
    expect(within(dialog).getByText(/Tuesday 7 November 2023/)).toBeInTheDocument();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Explore the mTLS handshake step-by-step');
    expect(within(dialog).getByRole('link', { name: /Talk page/ })).toHaveAttribute(
      'href',
      expect.stringContaining('sched.com/event/1R2tD'),
    );
    expect(within(dialog).getByRole('button', { name: 'Add to calendar' })).toBeEnabled();
    expect(dialog).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
    await waitFor(() => expect(window.location.hash).toBe(''));
  });

  it('opens from a link to the talk, on that talk’s day', async () => {
    window.history.replaceState(null, '', '/#talk=1R2tD');
    renderWithSchedule(schedule, <ScheduleView />);
    expect(await screen.findByRole('dialog', { name: titleOf('1R2tD') })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Tue 7 Nov' })).toHaveAttribute('aria-selected', 'true');
  });

  it('closes with the Back button', async () => {
    renderWithSchedule(schedule, <ScheduleView />);
    await userEvent.click(screen.getByRole('link', { name: titleOf('1Rj0z') }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    act(() => window.history.back());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.hash).toBe('');
  });

  it('explains a link to a talk that is not in the schedule', async () => {
    window.history.replaceState(null, '', '/#talk=gone1');
    renderWithSchedule(schedule, <ScheduleView />);
    expect(screen.getByRole('alert')).toHaveTextContent('not in this schedule');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(['%', '%E0%A4%A'])(
    'keeps the schedule usable on a link cut off mid-escape (#talk=%s) and says what was wrong',
    async (mangled) => {
      window.history.replaceState(null, '', `/#talk=${mangled}`);
      renderWithSchedule(schedule, <ScheduleView />);
      expect(screen.getByRole('alert')).toHaveTextContent(
        `The link’s “talk” part is cut off or garbled (“${mangled}”), so it was ignored.`,
      );
      expect(screen.getAllByRole('article')).toHaveLength(15);
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(window.location.hash).toBe('');
    },
  );

  it('survives a mangled fragment arriving while the page is open', () => {
    renderWithSchedule(schedule, <ScheduleView />);
    act(() => {
      window.location.hash = 'talk=%E0%A4%A';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('cut off or garbled');
    expect(screen.getAllByRole('article')).toHaveLength(15);
  });

  it.each([
    ['before', '/#talk=1R2tD&share=1.a1.x'],
    ['after', '/#share=1.a1.x&talk=1R2tD'],
  ])('opens the talk named %s a share code', async (_, url) => {
    window.history.replaceState(null, '', url);
    renderWithSchedule(schedule, <ScheduleView />);
    expect(await screen.findByRole('dialog', { name: titleOf('1R2tD') })).toBeInTheDocument();
  });

  it('quotes an unknown talk id only as a short excerpt, direction marks shown, not obeyed', () => {
    window.history.replaceState(null, '', `/#talk=abc%E2%80%AE${'x'.repeat(5_000)}`);
    renderWithSchedule(schedule, <ScheduleView />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`(“abc<U+202E>${'x'.repeat(36)}…”)`);
    expect(alert.textContent).not.toContain('\u202E');
    expect(alert.textContent!.length).toBeLessThan(200);
  });
});
