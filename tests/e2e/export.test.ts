import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { exportButton, starTalk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';
import { parseCalendar } from './support/calendar';
import { lanHostName, lanHostResolverArg } from './support/lan-host';

const browser = useBrowser([lanHostResolverArg]);

/** A talk on each day, one of them crossing midnight in UTC; instants in UTC (Chicago is UTC-6). */
const picks = [
  {
    day: 'Mon 6 Nov',
    summary: titles.adobe,
    start: '2023-11-06T15:15:00.000Z',
    end: '2023-11-06T15:40:00.000Z',
  },
  {
    day: 'Tue 7 Nov',
    summary: titles.tutorial,
    start: '2023-11-07T22:30:00.000Z',
    end: '2023-11-08T00:00:00.000Z',
  },
  {
    day: 'Wed 8 Nov',
    summary: titles.documentary,
    start: '2023-11-09T00:15:00.000Z',
    end: '2023-11-09T01:00:00.000Z',
  },
  {
    day: 'Thu 9 Nov',
    summary: titles.contribfest,
    start: '2023-11-09T17:00:00.000Z',
    end: '2023-11-09T18:30:00.000Z',
  },
] as const;

/** Stars the picks, clicks the export button and returns the real download's name and text. */
async function exportPlan(page: Page): Promise<{ fileName: string; text: string }> {
  for (const pick of picks) await starTalk(page, pick.day, pick.summary);
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton(page).click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  return {
    fileName: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

const byStart = (a: { start: string }, b: { start: string }) => a.start.localeCompare(b.start);

async function expectPlanExported(page: Page): Promise<void> {
  const { fileName, text } = await exportPlan(page);
  expect(fileName).toMatch(/\.ics$/);
  const events = parseCalendar(text).sort(byStart);
  expect(events).toEqual(picks.map(({ summary, start, end }) => ({ summary, start, end })));
}

journey('export: the downloaded .ics holds the starred talks at the right instants', async () => {
  const { page } = await browser.openApp();
  await expectPlanExported(page);
});

journey('export works over plain HTTP from a LAN host name (not a secure context)', async () => {
  const { page } = await browser.openApp({ url: `http://${lanHostName}:${inject('port')}/` });
  expect(await page.evaluate(() => window.isSecureContext), 'served as a LAN host').toBe(false);
  await expectPlanExported(page);
});
