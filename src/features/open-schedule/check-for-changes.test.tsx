import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importSchedule, type ImportInput } from '@/domain/import/import-schedule';
import { parseXmlWithXmldom } from '@/domain/import/parse-xml-with-xmldom';
import type { Schedule } from '@/domain/schedule-schema';
import { markChecked } from '@/store/change-checks';
import {
  cancelled,
  DENOG16_PATH,
  denog16Version2,
  moved,
} from '../../../tests/helpers/denog16-versions';
import { CheckForChanges } from './check-for-changes';

const FEED = 'https://pretalx.com/denog16/schedule/export/schedule.xml';
const version1Text = readFileSync(resolve('tests/fixtures/schedules', DENOG16_PATH), 'utf8');
const version2Text = denog16Version2(version1Text);

const importHere = (input: ImportInput) =>
  Promise.resolve(importSchedule(input, { parseXml: parseXmlWithXmldom }));

async function opened(text: string): Promise<Schedule> {
  const result = await importHere({ text, sourceUrl: FEED });
  if (result.kind !== 'schedule') throw new Error(result.kind);
  return result.schedule;
}

const noon = Date.parse('2026-12-01T12:00:00Z');

/** A feed that serves `text`, counting how often it is asked. */
function feed(text: () => string) {
  const fetchImpl = vi.fn((url: RequestInfo | URL) => {
    expect(String(url)).toBe(FEED);
    return Promise.resolve(new Response(text()));
  });
  return fetchImpl as typeof fetchImpl & typeof fetch;
}

const status = () => screen.getByRole('status');

describe('Check for changes', () => {
  let version1: Schedule;
  beforeEach(async () => {
    localStorage.clear();
    version1 ??= await opened(version1Text);
  });

  function renderCheck(options: {
    serving: () => string;
    now?: () => number;
    online?: () => boolean;
  }) {
    const onUpdated = vi.fn<(schedule: Schedule) => void>();
    const fetchImpl = feed(options.serving);
    const view = render(
      <CheckForChanges
        schedule={version1}
        onUpdated={onUpdated}
        now={options.now ?? (() => noon)}
        isOnline={options.online ?? (() => true)}
        importFile={importHere}
        fetchImpl={fetchImpl}
      />,
    );
    return { onUpdated, fetchImpl, view };
  }

  it('looks on its own when it opens, and hands on the newer version with the moved and cancelled talks', async () => {
    const { onUpdated } = renderCheck({ serving: () => version2Text });
    await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
    const [newer] = onUpdated.mock.calls[0]!;
    const talk = newer.talks.find((t) => t.title === moved.title);
    expect(talk && new Date(talk.start).toISOString()).toBe(moved.after.start);
    expect(talk && new Date(talk.end).toISOString()).toBe(moved.after.end);
    expect(newer.talks.some((t) => t.title === cancelled.title)).toBe(false);
    expect(newer.conference.id).toBe(version1.conference.id);
    expect(status()).toHaveTextContent('Updated to the latest version: 1 talk moved, 1 cancelled.');
  });

  it('does not look on its own within an hour of the last look, but does when asked', async () => {
    markChecked(() => localStorage, FEED, noon - 59 * 60_000);
    const { fetchImpl, onUpdated } = renderCheck({ serving: () => version1Text });
    await act(() => Promise.resolve());
    expect(fetchImpl).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Check for changes' }));
    await vi.waitFor(() =>
      expect(status()).toHaveTextContent('No changes: this is the latest version.'),
    );
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(onUpdated).not.toHaveBeenCalled();
  });

  it('looks on its own again once an hour has passed since the last look', async () => {
    markChecked(() => localStorage, FEED, noon - 60 * 60_000);
    const { fetchImpl } = renderCheck({ serving: () => version1Text });
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
  });

  it('waits while offline, and looks when the connection comes back', async () => {
    let online = false;
    const { fetchImpl, onUpdated } = renderCheck({
      serving: () => version2Text,
      online: () => online,
    });
    await act(() => Promise.resolve());
    expect(fetchImpl).not.toHaveBeenCalled();
    online = true;
    act(() => void window.dispatchEvent(new Event('online')));
    await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(1));
  });

  it('keeps the version it has when the address now serves something broken, and says so', async () => {
    const { onUpdated } = renderCheck({ serving: () => version1Text.slice(0, 5_000) });
    await vi.waitFor(() => expect(status()).toHaveTextContent(/^Could not check for changes\./));
    expect(status()).toHaveTextContent(/The version you have stays\.$/);
    expect(onUpdated).not.toHaveBeenCalled();
  });
});
