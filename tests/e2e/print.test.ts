import type { Page } from 'playwright-core';
import data from '../../src/data/schedule.json';
import { expect } from 'vitest';
import {
  expectHidden,
  expectVisible,
  myPlan,
  searchBox,
  starTalk,
  talk,
  titles,
} from './support/app';
import { journey, useBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';

const browser = useBrowser();

/** The whole page's text as printed: what a reader of the paper gets. */
const printedText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Sched's event address without its title slug, for a talk of the seed, read from the seed. */
const shortAddressOf = (title: string): string => {
  const found = data.talks.find((t) => t.title === title);
  if (!found?.url) throw new Error(`no address for "${title}" in the schedule file`);
  const url = new URL(found.url);
  return `${url.host}${url.pathname.split('/').slice(0, 3).join('/')}`;
};

journey(
  'print: the schedule says its zone in words and leaves out the switch, search and filters',
  async () => {
    // From Tokyo, so the time switch is on screen to leave out.
    const { page } = await browser.openApp({ timezoneId: 'Asia/Tokyo' });
    const zoneSwitch = page.getByRole('group', { name: 'Show times in' });
    await expectVisible(zoneSwitch, 'the time switch on screen');
    await expectVisible(searchBox(page), 'the search box on screen');
    expect(await printedText(page)).not.toContain('Times in Chicago (CST)');

    await page.emulateMedia({ media: 'print' });
    await expectHidden(zoneSwitch, 'the time switch on paper');
    await expectHidden(searchBox(page), 'the search box on paper');
    await expectHidden(page.getByRole('group', { name: 'Events' }), 'the event filters on paper');
    const text = await printedText(page);
    expect(text).toContain('Times in Chicago (CST)');
    expect(text).not.toContain('Search talks');
    expect(text).not.toContain('Starred only');
    expect(text).not.toContain('Show times in');
    await expectVisible(talk(page, titles.adobe), 'the talks on paper');
    await saveScreenshot(page, 'print-schedule');
  },
);

journey('print: My plan gives each pick its speakers and a short address', async () => {
  const { page } = await browser.openApp();
  await starTalk(page, 'Mon 6 Nov', titles.adobe);
  await starTalk(page, 'Tue 7 Nov', titles.tutorial);
  await myPlan(page).first().click();
  await expectVisible(page.getByRole('heading', { name: 'My plan' }), 'My plan');
  const adobeAddress = shortAddressOf(titles.adobe);
  // On screen the details dialog links the page; the address is for paper only.
  await expectHidden(page.getByText(adobeAddress, { exact: true }), 'the address on screen');

  await page.emulateMedia({ media: 'print' });
  const adobe = talk(page, titles.adobe);
  // Speakers and companies as the seed names them.
  await expectVisible(
    adobe.getByText('Joseph Sandoval (Adobe), Tony Gosselin (Adobe)'),
    'the speakers on paper',
  );
  await expectVisible(adobe.getByText(adobeAddress, { exact: true }), 'the short address');
  await expectVisible(
    talk(page, titles.tutorial).getByText(shortAddressOf(titles.tutorial), { exact: true }),
    'the tutorial’s short address',
  );
  const text = await printedText(page);
  expect(text).toContain('Times in Chicago (CST)');
  // An unticked checkbox's label alone would read as a claim.
  expect(text).not.toContain('Must see');
  await saveScreenshot(page, 'print-plan');
});
