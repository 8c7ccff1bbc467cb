import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectPressed } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

interface Focus {
  description: string;
  ringVisible: boolean;
}

/** What has focus, and whether it shows an outline or a box-shadow ring. */
const currentFocus = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { description: 'the page body', ringVisible: false };
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    return { description: `${role} "${name.slice(0, 60)}"`, ringVisible: outline || shadow };
  });

journey(
  'keyboard only: Tab reaches a star, Space toggles it, focus is visible throughout',
  async () => {
    const { page } = await browser.openApp();
    const focusedStar = page.getByRole('button', { name: /^Star\b/ }).and(page.locator(':focus'));

    const withoutRing: string[] = [];
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      const focus = await currentFocus(page);
      if (!focus.ringVisible) withoutRing.push(focus.description);
      reached = (await focusedStar.count()) === 1;
    }
    expect(reached, 'a star toggle within 60 presses of Tab').toBe(true);
    expect(withoutRing, 'focused elements with no visible focus ring').toEqual([]);

    const before = await focusedStar.getAttribute('aria-pressed');
    await page.keyboard.press('Space');
    await expectPressed(focusedStar, before !== 'true', 'the focused star after Space');
    const after = await currentFocus(page);
    expect(after.ringVisible, `focus ring on ${after.description} after Space`).toBe(true);
  },
);
