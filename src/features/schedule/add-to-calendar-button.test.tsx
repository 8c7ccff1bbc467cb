import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureConference, fixtureTalks } from '../../../tests/helpers/calendar-fixtures';
import { usePlanStore } from '../../store/plan-store';
import { AddToCalendarButton } from './add-to-calendar-button';

/** jsdom's Blob has no text(), so read it the way old browsers did. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('AddToCalendarButton', () => {
  let blobs: Blob[];
  let names: string[];

  beforeEach(() => {
    usePlanStore.setState({ reminderMinutes: 5 });
    blobs = [];
    names = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/talk';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
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
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toBe('kubecon-na-2023-contribfest-getting-started-contributing-to-cilium.ics');
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
