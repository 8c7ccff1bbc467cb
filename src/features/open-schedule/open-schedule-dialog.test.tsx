import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { importSchedule, type ImportInput } from '@/domain/import/import-schedule';
import { parseXmlWithXmldom } from '@/domain/import/parse-xml-with-xmldom';
import { fixtureBytes } from '../../../tests/helpers/schedule-fixtures';
import { OpenScheduleButton } from './open-schedule-button';

// The worker runs in the journeys; here the importer itself reads the file on the same thread.
const importHere = (input: ImportInput) =>
  Promise.resolve(importSchedule(input, { parseXml: parseXmlWithXmldom }));

function fixtureFile(path: string, name: string): File {
  return new File([Uint8Array.from(fixtureBytes(path))], name);
}

async function openDialog(onOpened = vi.fn()) {
  const user = userEvent.setup();
  render(<OpenScheduleButton onOpened={onOpened} importFile={importHere} />);
  await user.click(screen.getByRole('button', { name: 'Open a schedule' }));
  const dialog = await screen.findByRole('dialog', { name: 'Open a schedule' });
  return { user, dialog, onOpened };
}

describe('Open a schedule', () => {
  it('offers a schedule file of the three kinds and a schedule address', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByLabelText('Schedule file')).toHaveAttribute(
      'accept',
      '.xml,.json,.ics',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Schedule URL' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Load' })).toBeInTheDocument();
  });

  it('opens a frab XML file and hands on its conference, then closes', async () => {
    const { user, dialog, onOpened } = await openDialog();
    const file = fixtureFile('frab-xml/denog16-pretalx.xml', 'schedule.xml');
    await user.upload(within(dialog).getByLabelText('Schedule file'), file);
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    const [schedule] = onOpened.mock.calls[0] as [
      { conference: { name: string }; talks: unknown[] },
    ];
    // <title>DENOG16</title> and 35 <event> elements in the raw file.
    expect(schedule.conference.name).toBe('DENOG16');
    expect(schedule.talks).toHaveLength(35);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says plainly what is wrong with a file that is no schedule, and hands nothing on', async () => {
    const { user, dialog, onOpened } = await openDialog();
    const file = new File(['<html><body>Hello</body></html>'], 'page.xml');
    await user.upload(within(dialog).getByLabelText('Schedule file'), file);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/Nothing has changed/);
    expect(alert.textContent?.length).toBeGreaterThan(40);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('asks for the time zone of a Sessionize file, and reads the times in the zone chosen', async () => {
    const { user, dialog, onOpened } = await openDialog();
    const file = fixtureFile('sessionize/scottish-summit-2026.json', 'scottish-summit.json');
    await user.upload(within(dialog).getByLabelText('Schedule file'), file);
    const zone = await within(dialog).findByRole('combobox', { name: 'Time zone' });
    expect(onOpened).not.toHaveBeenCalled();
    await user.selectOptions(zone, 'Europe/London');
    await user.click(within(dialog).getByRole('button', { name: 'Use this time zone' }));
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    const [schedule] = onOpened.mock.calls[0] as [
      { conference: { timeZone: string }; talks: { title: string; start: string }[] },
    ];
    expect(schedule.conference.timeZone).toBe('Europe/London');
    // "startsAt": "2026-10-02T09:00:00" in the raw file: 09:00 BST is 08:00 UTC.
    const workshop = schedule.talks.find((talk) => talk.title.includes('Gamified Onboarding'));
    expect(Date.parse(workshop?.start ?? '')).toBe(Date.parse('2026-10-02T08:00:00Z'));
  });

  it('remembers the zone given for a file, and does not ask again', async () => {
    const first = await openDialog();
    const file = () => fixtureFile('sessionize/scottish-summit-2026.json', 'scottish-summit.json');
    await first.user.upload(within(first.dialog).getByLabelText('Schedule file'), file());
    await first.user.selectOptions(
      await within(first.dialog).findByRole('combobox', { name: 'Time zone' }),
      'Europe/London',
    );
    await first.user.click(
      within(first.dialog).getByRole('button', { name: 'Use this time zone' }),
    );
    await vi.waitFor(() => expect(first.onOpened).toHaveBeenCalledTimes(1));

    await first.user.click(screen.getByRole('button', { name: 'Open a schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a schedule' });
    await first.user.upload(within(dialog).getByLabelText('Schedule file'), file());
    await vi.waitFor(() => expect(first.onOpened).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('combobox', { name: 'Time zone' })).not.toBeInTheDocument();
  });

  it('says an empty schedule has no talks', async () => {
    const { user, dialog, onOpened } = await openDialog();
    const file = fixtureFile('sessionize/global-azure-austria-2023-empty.json', 'empty.json');
    await user.upload(within(dialog).getByLabelText('Schedule file'), file);
    const zone = within(dialog).queryByRole('combobox', { name: 'Time zone' });
    if (zone) await user.click(within(dialog).getByRole('button', { name: 'Use this time zone' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/no talks/);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('says plainly that a plain http: address on another site cannot be loaded, without trying', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchSpy);
    try {
      const { user, dialog, onOpened } = await openDialog();
      await user.type(
        within(dialog).getByRole('textbox', { name: 'Schedule URL' }),
        'http://schedule.example.org/2026/schedule.xml',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Load' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(/^This address uses http:/);
      expect(alert).toHaveTextContent('https://schedule.example.org/2026/schedule.xml');
      expect(alert).toHaveTextContent(/download the file/);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(onOpened).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
