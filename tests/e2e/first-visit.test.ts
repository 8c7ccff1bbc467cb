import { expect } from 'vitest';
import {
  dayTab,
  expectCount,
  expectHidden,
  expectVisible,
  openDetails,
  searchBox,
  showDay,
  starOf,
  talk,
  titles,
} from './support/app';
import { journey, useBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { talksOn } from './support/schedule';

const browser = useBrowser();

journey('first visit: the first day, another day, search, details and Escape', async () => {
  const { page } = await browser.openApp();

  await expect
    .poll(() => dayTab(page, 'Mon 6 Nov').getAttribute('aria-selected'), {
      message: 'the first conference day is shown first',
    })
    .toBe('true');
  const monday = talksOn('2023-11-06');
  for (const { title } of monday) await expectVisible(talk(page, title), `Monday talk "${title}"`);
  await expectCount(page.getByRole('article'), monday.length, 'one article per Monday talk');
  // Five-minute talks must stay clickable: a trial click fails if anything covers the star.
  for (const { title } of monday)
    await starOf(talk(page, title)).click({ trial: true, timeout: 2_000 });
  await saveScreenshot(page, 'first-visit-monday');

  await showDay(page, 'Tue 7 Nov');
  const tuesday = talksOn('2023-11-07');
  for (const { title } of tuesday)
    await expectVisible(talk(page, title), `Tuesday talk "${title}"`);
  await expectHidden(talk(page, titles.adobe), 'a Monday talk on Tuesday');

  await showDay(page, 'Mon 6 Nov');
  await searchBox(page).fill('ramirez');
  await expectVisible(talk(page, titles.externalApis), 'the talk by Luis Ramírez');
  await expectHidden(talk(page, titles.adobe), 'a talk that does not match "ramirez"');

  const details = await openDetails(page, titles.externalApis);
  await expectVisible(details.getByText('Luis Ramírez'), 'the speaker in the details');
  expect(page.url(), 'the open talk is in the URL').toContain('talk=');
  await page.keyboard.press('Escape');
  await expectHidden(details, 'the details after Escape');
});
