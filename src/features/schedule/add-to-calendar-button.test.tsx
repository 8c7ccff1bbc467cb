import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureConference, fixtureTalks } from '../../../tests/helpers/calendar-fixtures';
import {
  captureDownloads,
  readBlobText as readText,
} from '../../../tests/helpers/capture-downloads';
import { usePlanStore } from '@/store/plan-store';
import { AddToCalendarButton } from './add-to-calendar-button';

describe('AddToCalendarButton', () => {
  let blobs: Blob[];
  let links: HTMLAnchorElement[];

  beforeEach(() => {
    usePlanStore.setState({ reminderMinutes: 5 });
    ({ blobs, links } = captureDownloads());
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads that one talk as a calendar file with the remembered reminder', async () => {
    const talk = fixtureTalks.contribfest;
    render(
      <AddToCalendarButton
        talk={talk}
        conference={fixtureConference}
        clock={() => Date.parse('2023-11-01T00:00:00Z')}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add to calendar' }));
    await waitFor(() => expect(links).toHaveLength(1));
    expect(links[0]?.download).toBe(
      'kubecon-na-2023-contribfest-getting-started-contributing-to-cilium.ics',
    );
    const blob = blobs[0] as Blob;
    expect(blob.type).toMatch(/^text\/calendar\b/);
    const ics = await readText(blob);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]?.getFirstPropertyValue('summary')).toBe(talk.title);
    expect(events[0]?.getFirstPropertyValue('uid')).toBe('1R2tk@kubecon-na-2023.kubecon-planner');
    expect(calendar.getFirstProperty('x-wr-calname')).toBeNull();
    expect(ics).toContain('TRIGGER:-PT5M\r\n');
  });
});
