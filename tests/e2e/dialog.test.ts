import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectHidden, openDetails, spoken, starOf, talk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';
import { talksOn } from './support/schedule';

const browser = useBrowser();

/** Where focus is: inside the open dialog (its name), in the page behind it, or nowhere in the page. */
const focusPlace = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'nowhere';
    const label = active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '';
    return active.closest('dialog[open]') ? `dialog: ${label.slice(0, 40)}` : `behind: ${label}`;
  });

journey(
  'talk details: a modal dialog that keeps focus, closes on Escape and on the backdrop',
  async () => {
    const { page } = await browser.openApp();
    const details = await openDetails(page, titles.adobe);
    expect(await focusPlace(page), 'the dialog takes focus when it opens').toMatch(/^dialog: /);

    // The page behind is inert: it cannot take focus even when asked to.
    await starOf(talk(page, titles.externalApis)).evaluate((star) => (star as HTMLElement).focus());
    expect(await focusPlace(page), 'focus after focusing a star behind the dialog').toMatch(
      /^dialog: /,
    );

    // Tab goes round the dialog's controls and comes back to the first, never reaching the page behind.
    const places: string[] = [];
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press('Tab');
      places.push(await focusPlace(page));
    }
    expect(places.filter((place) => place.startsWith('behind'))).toEqual([]);
    // Past the last control focus may leave for the browser's own controls ("nowhere"), never the page.
    const stops = places.filter((place) => place !== 'nowhere');
    expect(stops.slice(0, 4).map((place) => place.replace(/^dialog: /, ''))).toEqual([
      'Close',
      // One labelled star button: named "Star", showing what it does.
      'Staradd to my plan',
      'Talk page on sched.com (opens in a new tab)'.slice(0, 40),
      'Add to calendar',
    ]);
    expect(stops[4], `Tab comes round to the first control: ${places.join(' | ')}`).toBe(stops[0]);

    await page.keyboard.press('Escape');
    await expectHidden(details, 'the details after Escape');
    expect(await focusPlace(page), 'focus back on the title that opened the details').toBe(
      `behind: ${titles.adobe}`,
    );
    expect(page.url(), 'the talk leaves the address').not.toContain('talk=');
    expect(await page.evaluate(() => document.body.style.overflow), 'scrolling unlocked').toBe('');

    // A click on the backdrop closes the dialog and does not reach the talk link beneath it.
    const reopened = await openDetails(page, titles.adobe);
    expect(await page.evaluate(() => document.body.style.overflow), 'scrolling locked').toBe(
      'hidden',
    );
    const box = await reopened.boundingBox();
    if (!box) throw new Error('the dialog has no box');
    const beneath = await linkBeside(page, box);
    await page.mouse.click(beneath.x, beneath.y);
    await expectHidden(reopened, 'the details after a click on the backdrop');
    await expectHidden(
      page.getByRole('dialog'),
      `details of "${beneath.title}" under the backdrop`,
    );
    expect(page.url(), 'no talk opened from under the backdrop').not.toContain('talk=');
  },
);

/** A point on a Monday talk's title link that lies left of the dialog, on screen. */
async function linkBeside(
  page: Page,
  dialog: { x: number; y: number; width: number; height: number },
): Promise<{ title: string; x: number; y: number }> {
  for (const { title } of talksOn('2023-11-06')) {
    const link = await talk(page, title)
      .getByRole('link', { name: spoken(title) })
      .boundingBox();
    if (!link || link.y < 0 || link.y + link.height > 900) continue;
    if (link.x + 10 < dialog.x) return { title, x: link.x + 5, y: link.y + link.height / 2 };
  }
  throw new Error('no talk link on screen beside the dialog');
}
