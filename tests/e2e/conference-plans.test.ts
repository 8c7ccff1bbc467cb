import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  expectCount,
  expectPressed,
  expectVisible,
  searchBox,
  showDay,
  starOf,
  starTalk,
  talk,
  titles,
  myPlan,
} from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

// The bundled conference as the "Conference" menu and the heading name it.
const BUNDLED = 'KubeCon NA 2023: Cilium talks';
// tests/fixtures/schedules/frab-xml/denog16-pretalx.xml: <title>DENOG16</title>, <acronym>denog16</acronym>.
const DENOG = 'DENOG16';
const COACHING = 'Coaching Skills for Managers and Leaders';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const conferenceMenu = (page: Page) => page.getByRole('combobox', { name: 'Conference' });
const pressedStars = (page: Page) => page.getByRole('button', { name: /^Star\b/, pressed: true });

async function expectHeading(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => heading(page).textContent(), { message: 'the conference shown', timeout: 20_000 })
    .toBe(name);
}

async function openDenog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open a schedule', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Open a schedule' })
    .getByLabel('Schedule file', { exact: true })
    .setInputFiles(resolve(process.cwd(), 'tests/fixtures/schedules/frab-xml/denog16-pretalx.xml'));
  await expectHeading(page, DENOG);
}

/** The starred coaching workshop (the file lists it twice, one session is starred). */
const starredCoaching = (page: Page) =>
  page
    .getByRole('article', { name: COACHING })
    .getByRole('button', { name: /^Star/, pressed: true });

/** My plan holds exactly `title` and lists no pick as gone from the schedule: no other conference's. */
async function expectOnlyPick(page: Page, title: string): Promise<void> {
  await myPlan(page).click();
  const panel = page.getByRole('tabpanel');
  await expectVisible(panel.getByRole('article', { name: title }), `"${title}" in My plan`);
  await expectCount(panel.getByRole('article'), 1, 'one pick in My plan');
  await expectCount(
    page.getByRole('heading', { name: 'No longer in the schedule' }),
    0,
    'no pick of another conference listed as gone',
  );
  await page.getByRole('tab', { name: 'Schedule' }).click();
}

async function switchTo(page: Page, name: string): Promise<void> {
  await conferenceMenu(page).selectOption({ label: name });
  await expectHeading(page, name);
}

journey(
  'conference plans: each conference keeps its own picks through switching, a share link and Remove with Undo',
  async () => {
    const { page, context } = await browser.openApp();
    await starTalk(page, 'Mon 6 Nov', titles.adobe);

    await openDenog(page);
    await expect
      .poll(() => pressedStars(page).count(), { message: 'no pick in DENOG16 yet' })
      .toBe(0);
    await searchBox(page).fill('advice monster');
    await starOf(page.getByRole('article', { name: COACHING }).first()).click();
    await expect
      .poll(() => starredCoaching(page).count(), { message: 'the workshop starred' })
      .toBe(1);

    await switchTo(page, BUNDLED);
    await showDay(page, 'Mon 6 Nov');
    await expectPressed(starOf(talk(page, titles.adobe)), true, 'the bundled pick, unchanged');
    await expect
      .poll(() => pressedStars(page).count(), { message: 'Monday holds the one bundled pick' })
      .toBe(1);
    await expectOnlyPick(page, titles.adobe);

    await switchTo(page, DENOG);
    await searchBox(page).fill('advice monster');
    await expect
      .poll(() => starredCoaching(page).count(), { message: 'the DENOG16 pick is back' })
      .toBe(1);
    await expectOnlyPick(page, COACHING);

    // Its share link names DENOG16; opened while the bundled conference shows, it switches there.
    await page.getByRole('button', { name: 'Share plan', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
    expect(new URL(link).hash).toMatch(/^#conference=denog16&share=1\./);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await switchTo(page, BUNDLED);
    const reader = await browser.openTab(context, link);
    await expectHeading(reader, DENOG);
    const shared = reader.getByRole('region', { name: 'Shared plan' });
    await expectVisible(shared.getByText(COACHING), 'the shared workshop');
    await expectVisible(shared.getByText('Also in your plan'), 'the workshop marked as one’s own');
    await reader.close();

    // A link for a conference never opened here names it and changes nothing.
    const code = new URL(link).hash.split('&share=')[1];
    const stranger = await browser.openTab(
      context,
      `${browser.baseURL}#conference=fosdem-2026&share=${code}`,
    );
    await expectVisible(
      stranger.getByRole('alert').filter({ hasText: /not opened here \(“fosdem-2026”\)/ }),
      'the note naming the conference not opened',
    );
    await stranger.close();

    await page.reload();
    await switchTo(page, DENOG);
    await page.getByRole('button', { name: 'Remove this conference', exact: true }).click();
    await expectHeading(page, BUNDLED);
    const plans = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('kubecon-planner:plan') ?? '{}'));
    expect(Object.keys((await plans()).state.plans), 'only the bundled plan is kept').toEqual([
      'kubecon-na-2023',
    ]);
    await page
      .getByRole('group', { name: 'Conference changes' })
      .getByRole('button', { name: 'Undo', exact: true })
      .click();
    await expectHeading(page, DENOG);
    await searchBox(page).fill('advice monster');
    await expect
      .poll(() => starredCoaching(page).count(), { message: 'the DENOG16 pick back after Undo' })
      .toBe(1);
    await switchTo(page, BUNDLED);
    await showDay(page, 'Mon 6 Nov');
    await expectPressed(starOf(talk(page, titles.adobe)), true, 'the bundled pick, still there');
  },
);
