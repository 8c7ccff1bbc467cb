import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportButton, searchBox, starOf, talk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';
import { parseCalendar } from './support/calendar';

const browser = useBrowser();

const fixture = (path: string) => resolve(process.cwd(), 'tests/fixtures/schedules', path);

async function chooseScheduleFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Open a schedule', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a schedule' });
  await dialog.getByLabel('Schedule file', { exact: true }).setInputFiles(fixture(path));
}

async function expectHeading(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
    .toBe(name);
}

/** Searches for a talk, stars it, exports the plan and returns the calendar's events. */
async function searchStarAndExport(page: Page, search: string, title: string | RegExp) {
  await searchBox(page).fill(search);
  const article = page.getByRole('article', { name: title }).first();
  await starOf(article).click();
  await expect.poll(() => starOf(article).getAttribute('aria-pressed')).toBe('true');
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton(page).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  return parseCalendar(await readFile(await download.path(), 'utf8'));
}

journey('a frab XML file opens, and its talk is searched, starred and exported', async () => {
  const { page } = await browser.openApp();
  await chooseScheduleFile(page, 'frab-xml/denog16-pretalx.xml');
  // <title>DENOG16</title>
  await expectHeading(page, 'DENOG16');
  const events = await searchStarAndExport(
    page,
    'advice monster',
    'Coaching Skills for Managers and Leaders',
  );
  // <date>2024-11-17T10:00:00+01:00</date>, <duration>03:00</duration> in the raw file.
  expect(events).toEqual([
    {
      summary: 'Coaching Skills for Managers and Leaders',
      start: '2024-11-17T09:00:00.000Z',
      end: '2024-11-17T12:00:00.000Z',
    },
  ]);
  // Kept in IndexedDB: after a reload the same conference is shown, its pick still starred.
  await page.reload();
  await expectHeading(page, 'DENOG16');
  // The file lists this workshop twice (two sessions); the one starred stays starred.
  const starred = page
    .getByRole('article', { name: 'Coaching Skills for Managers and Leaders' })
    .getByRole('button', { name: /^Star/, pressed: true });
  await expect.poll(() => starred.count(), { timeout: 20_000 }).toBe(1);
  await expect
    .poll(() => page.getByRole('combobox', { name: 'Conference' }).isVisible())
    .toBe(true);
});

journey('an .ics with TZID and no VTIMEZONE opens at the instants of its zone', async () => {
  const { page } = await browser.openApp();
  await chooseScheduleFile(page, 'icalendar/linux-conf-au-2020.ics');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
    .not.toMatch(/Cilium/);
  await page.getByRole('tab', { name: 'Wed 15 Jan', exact: true }).click();
  const events = await searchStarAndExport(page, 'Wednesday Welcome', 'Wednesday Welcome');
  // DTSTART;TZID=Australia/Brisbane:20200115T090000, DTEND 091000; Brisbane is UTC+10 all year.
  expect(events).toEqual([
    {
      summary: 'Wednesday Welcome',
      start: '2020-01-14T23:00:00.000Z',
      end: '2020-01-14T23:10:00.000Z',
    },
  ]);
});

journey('a Sessionize file asks for its time zone, then opens in the zone given', async () => {
  const { page } = await browser.openApp();
  await chooseScheduleFile(page, 'sessionize/scottish-summit-2026.json');
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.selectOption('Europe/London');
  await page.getByRole('button', { name: 'Use this time zone', exact: true }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
    .not.toMatch(/Cilium/);
  const events = await searchStarAndExport(page, 'Gamified', /Gamified Onboarding Agent/);
  // "startsAt": "2026-10-02T09:00:00", "endsAt": "2026-10-02T17:00:00": British Summer Time, UTC+1.
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    start: '2026-10-02T08:00:00.000Z',
    end: '2026-10-02T16:00:00.000Z',
  });
});

journey('a file that is no schedule gets an alert, and the conference and plan stay', async () => {
  const { page } = await browser.openApp();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const star = starOf(talk(page, titles.adobe));
  await star.click();
  await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
  const saved = await page.evaluate(() => localStorage.getItem('kubecon-planner:plan'));

  await chooseScheduleFile(page, 'other/SOURCES.md');
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/Nothing has changed/);
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
  expect(await star.getAttribute('aria-pressed')).toBe('true');
  expect(await page.evaluate(() => localStorage.getItem('kubecon-planner:plan'))).toBe(saved);
});
