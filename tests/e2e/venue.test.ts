import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectVisible, myPlan, openDetails, starTalk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { seriousViolations } from './support/serious-violations';

const browser = useBrowser();

/** The relative luminance of the page background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.documentElement).backgroundColor.match(/\d+(\.\d+)?/g) ?? []
    ).map(Number);
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });

journey(
  'dark mode: follows the system scheme, with no serious axe violations on the grid, details and My plan',
  async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await browser.openApp();
      await page.emulateMedia({ colorScheme });
      // A clash, a tight change and a starred card put every flag colour on screen.
      await starTalk(page, 'Tue 7 Nov', titles.tutorial);
      await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
      await starTalk(page, 'Mon 6 Nov', titles.lightning);
      await starTalk(page, 'Mon 6 Nov', titles.tetragon);

      const luminance = await backgroundLuminance(page);
      if (colorScheme === 'dark') expect(luminance, 'dark page background').toBeLessThan(0.05);
      else expect(luminance, 'light page background').toBeGreaterThan(0.8);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `venue-${colorScheme}-grid`);
      for (const violation of await seriousViolations(page))
        found.push(`${colorScheme}, grid: ${violation}`);

      await openDetails(page, titles.lightning);
      await saveScreenshot(page, `venue-${colorScheme}-details`);
      for (const violation of await seriousViolations(page))
        found.push(`${colorScheme}, details: ${violation}`);
      await page.keyboard.press('Escape');

      await myPlan(page).first().click();
      await expectVisible(page.getByText(/Overlaps with/), 'a clash flag in My plan');
      await saveScreenshot(page, `venue-${colorScheme}-plan`);
      for (const violation of await seriousViolations(page))
        found.push(`${colorScheme}, My plan: ${violation}`);
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  },
);
