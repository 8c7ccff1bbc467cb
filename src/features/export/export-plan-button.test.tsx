import { act, screen, waitFor } from '@testing-library/react';
import { renderWithSchedule } from '../../../tests/helpers/render-with-schedule';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '@/data/schedule.json';
import { loadSchedule } from '@/domain/load-schedule';
import {
  captureDownloads,
  readBlobText as readText,
} from '../../../tests/helpers/capture-downloads';
import { paragraphs } from '../../../tests/helpers/make-talk';
import { planIn, setPlan } from '../../../tests/helpers/reset-plan-store';
import { usePlanStore } from '@/store/plan-store';
import { ExportPlanButton } from './export-plan-button';
import { ReminderSelect } from './reminder-select';

const schedule = loadSchedule(raw);
const NOW = Date.parse('2023-10-30T08:00:00Z');
const clock = () => NOW;
const exportButton = () => screen.getByRole('button', { name: /Export.*\.ics/ });

describe('ExportPlanButton', () => {
  let blobs: Blob[];
  let links: HTMLAnchorElement[];

  beforeEach(() => {
    setPlan(schedule.conference.id, { starred: [], mustSee: [] });
    usePlanStore.setState({ reminderMinutes: 0 });
    ({ blobs, links } = captureDownloads());
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is unavailable with an empty plan and says why, also when clicked', async () => {
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    expect(exportButton()).toHaveAttribute('aria-disabled', 'true');
    expect(exportButton()).toHaveAccessibleDescription('Star talks to export them.');
    await userEvent.click(exportButton());
    expect(screen.getByRole('status')).toHaveTextContent('Star talks to export them.');
    expect(blobs).toHaveLength(0);
  });

  it('announces a second identical export as a new message', async () => {
    setPlan(schedule.conference.id, { starred: ['1Rj0z'] });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    await userEvent.click(exportButton());
    const first = await screen.findByText(
      /^Downloaded kubecon-na-2023-my-plan\.ics with 1 talk\.$/,
    );
    await userEvent.click(exportButton());
    await waitFor(() => expect(blobs).toHaveLength(2));
    // Different words in a new node: screen readers skip a repeat of the same text.
    const second = await screen.findByText(
      /^Downloaded kubecon-na-2023-my-plan\.ics again \(2nd time\) with 1 talk\.$/,
    );
    expect(first).not.toBeInTheDocument();
    await userEvent.click(exportButton());
    await waitFor(() => expect(blobs).toHaveLength(3));
    await screen.findByText(
      /^Downloaded kubecon-na-2023-my-plan\.ics again \(3rd time\) with 1 talk\.$/,
    );
    expect(second).not.toBeInTheDocument();
  });

  it('shows its message in a toast that goes away', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    setPlan(schedule.conference.id, { starred: ['1Rj0z'] });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    await userEvent.click(exportButton());
    await screen.findByText(/^Downloaded /);
    await act(() => vi.advanceTimersByTimeAsync(8_000));
    expect(screen.queryByText(/^Downloaded /)).toBeNull();
    vi.useRealTimers();
  });

  it('writes abstracts even when clicked before they reached the page', async () => {
    setPlan(schedule.conference.id, { starred: ['1R2tD'] });
    const withoutAbstracts = {
      ...schedule,
      talks: schedule.talks.map((talk) => ({ ...talk, abstract: paragraphs() })),
    };
    renderWithSchedule(withoutAbstracts, <ExportPlanButton clock={clock} />, {
      loadFullSchedule: () => Promise.resolve(schedule),
    });

    await userEvent.click(exportButton());

    await waitFor(() => expect(blobs).toHaveLength(1));
    const ics = await readText(blobs[0] as Blob);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(String(event?.getFirstPropertyValue('description'))).toContain(
      'Explore the mTLS handshake step-by-step',
    );
  });

  it('is disabled when every starred talk has vanished from the schedule', () => {
    setPlan(schedule.conference.id, { starred: ['gone1', 'gone2'] });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    expect(exportButton()).toHaveAttribute('aria-disabled', 'true');
    expect(exportButton()).toHaveAccessibleDescription(
      'Nothing to export: your 2 starred talks are no longer in the schedule.',
    );
  });

  it('downloads the plan as one calendar file, leaving vanished picks out and saying so', async () => {
    setPlan(schedule.conference.id, { starred: ['1R2tk', 'vanished', '1Rj0z'] });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    expect(exportButton()).toHaveAttribute('aria-disabled', 'false');
    expect(exportButton()).toHaveAccessibleDescription(
      '1 starred talk is no longer in the schedule and will be left out.',
    );

    await userEvent.click(exportButton());

    await waitFor(() => expect(links).toHaveLength(1));
    expect({ name: links[0]?.download, href: links[0]?.href }).toEqual({
      name: 'kubecon-na-2023-my-plan.ics',
      href: 'blob:test/1',
    });
    const blob = blobs[0] as Blob;
    expect(blob.type).toMatch(/^text\/calendar\b/);
    const ics = await readText(blob);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      '1Rj0z@kubecon-na-2023.kubecon-planner',
      '1R2tk@kubecon-na-2023.kubecon-planner',
    ]);
    expect(ics).toContain('DTSTAMP:20231030T080000Z\r\n');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Downloaded kubecon-na-2023-my-plan.ics with 2 talks. 1 starred talk is no longer in the schedule and was left out.',
    );
  });

  it('remembers the reminder chosen and writes it into the file', async () => {
    setPlan(schedule.conference.id, { starred: ['1Rj0z'] });
    renderWithSchedule(
      schedule,
      <>
        <ReminderSelect />
        <ExportPlanButton clock={clock} />
      </>,
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Reminder in exported events' }),
      '10 min before',
    );
    expect(usePlanStore.getState().reminderMinutes).toBe(10);

    await userEvent.click(exportButton());
    await waitFor(() => expect(blobs).toHaveLength(1));
    const ics = await readText(blobs[0] as Blob);
    expect(ics).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT10M\r\n');
    expect(screen.getByRole('status')).toHaveTextContent('Each has a reminder 10 minutes before.');
  });

  it('shows the remembered reminder when it opens', () => {
    usePlanStore.setState({ reminderMinutes: 15 });
    renderWithSchedule(schedule, <ReminderSelect />);
    expect(screen.getByRole('combobox', { name: 'Reminder in exported events' })).toHaveValue('15');
  });

  it('tells of a clash between picks and still exports both', async () => {
    setPlan(schedule.conference.id, { starred: ['1R2on', '1R2ts'] });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    await userEvent.click(exportButton());
    expect(await screen.findByText(/1 clash is noted in the events’ descriptions\./)).toBeVisible();
    const ics = await readText(blobs[0] as Blob);
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(2);
  });

  it('writes must-see picks with the higher priority, and only them', async () => {
    setPlan(schedule.conference.id, { starred: ['1R2on', '1R2ts'], mustSee: ['1R2ts'] });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    await userEvent.click(exportButton());
    await waitFor(() => expect(blobs).toHaveLength(1));
    const events = new ICAL.Component(ICAL.parse(await readText(blobs[0] as Blob)))
      .getAllSubcomponents('vevent')
      .map((event) => [
        event.getFirstPropertyValue('summary'),
        event.getFirstPropertyValue('priority'),
      ]);
    expect(events).toEqual([
      [raw.talks.find((t) => t.id === '1R2on')?.title, null],
      [raw.talks.find((t) => t.id === '1R2ts')?.title, 1],
    ]);
  });

  it('says so in plain words when the file cannot be made', async () => {
    setPlan(schedule.conference.id, { starred: ['1Rj0z'] });
    URL.createObjectURL = vi.fn(() => {
      throw new Error('blocked');
    });
    renderWithSchedule(schedule, <ExportPlanButton clock={clock} />);
    await userEvent.click(exportButton());
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Could not create the calendar file. Please try again; your plan is unchanged.',
    );
    expect(planIn(schedule.conference.id).starred).toEqual(['1Rj0z']);
  });
});
