import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  expectHidden,
  expectPressed,
  openDetails,
  showDay,
  starOf,
  talk,
  titles,
} from './support/app';
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
    const closeVisits = places.filter((place) => /^dialog: .*Close$/.test(place)).length;
    expect(closeVisits, `Tab came round to the close button again: ${places.join(' | ')}`).toBe(2);

    await page.keyboard.press('Escape');
    await expectHidden(details, 'the details after Escape');
    expect(await focusPlace(page), 'focus back on the title that opened the details').toBe(
      `behind: ${titles.adobe}`,
    );
    expect(page.url(), 'the talk leaves the address').not.toContain('talk=');
    expect(await page.evaluate(() => document.body.style.overflow), 'scrolling unlocked').toBe('');

    // A click on the backdrop closes the dialog and does not reach the star beneath it.
    await showDay(page, 'Mon 6 Nov');
    const reopened = await openDetails(page, titles.adobe);
    expect(await page.evaluate(() => document.body.style.overflow), 'scrolling locked').toBe(
      'hidden',
    );
    const box = await reopened.boundingBox();
    if (!box) throw new Error('the dialog has no box');
    const beneath = await starBeside(page, box);
    await page.mouse.click(beneath.x, beneath.y);
    await expectHidden(reopened, 'the details after a click on the backdrop');
    await expectPressed(starOf(talk(page, beneath.title)), false, 'the star under the backdrop');
  },
);

/** A Monday talk's star that lies outside the dialog's box, and the middle of that star. */
async function starBeside(
  page: Page,
  dialog: { x: number; y: number; width: number; height: number },
): Promise<{ title: string; x: number; y: number }> {
  for (const { title } of talksOn('2023-11-06')) {
    const star = await starOf(talk(page, title)).boundingBox();
    if (!star || star.y < 0 || star.y + star.height > 900) continue;
    const outside = star.x > dialog.x + dialog.width || star.x + star.width < dialog.x;
    if (outside) return { title, x: star.x + star.width / 2, y: star.y + star.height / 2 };
  }
  throw new Error('no star on screen beside the dialog');
}
