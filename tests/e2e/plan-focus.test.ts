import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectPressed, myPlan, showDay, starOf, talk, titles, type Day } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

/** Waits until `locator` has focus, saying what has it instead when it never does. */
async function expectFocused(page: Page, locator: Locator, what: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await locator.evaluate((element) => element === document.activeElement).catch(() => false))
          ? 'focused'
          : await page.evaluate(() => {
              const active = document.activeElement;
              return active === document.body || !active
                ? 'the page body'
                : `${active.tagName} "${active.textContent?.trim().slice(0, 60)}"`;
            }),
      { message: `${what} should have focus`, timeout: 5_000 },
    )
    .toBe('focused');
}

/** Presses Space on a talk's star, reached from the keyboard's current place. */
async function toggleStarByKey(page: Page, title: string): Promise<void> {
  const star = starOf(talk(page, title));
  await star.focus();
  await page.keyboard.press('Space');
}

async function starByKey(page: Page, day: Day, title: string): Promise<void> {
  await showDay(page, day);
  await toggleStarByKey(page, title);
  await expectPressed(starOf(talk(page, title)), true, `star of "${title}"`);
}

journey(
  'keyboard only: focus lands on a neighbour after unstarring, clearing and Undo',
  async () => {
    const { page } = await browser.openApp();
    await starByKey(page, 'Mon 6 Nov', titles.lightning);
    await starByKey(page, 'Mon 6 Nov', titles.tetragon);

    // My plan, by the view tabs' arrow keys.
    await page.getByRole('tab', { name: 'Schedule', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => myPlan(page).getAttribute('aria-selected')).toBe('true');
    const plan = page.getByRole('tabpanel', { name: 'My plan' });
    await talk(plan, titles.tetragon).waitFor();

    // Unstarring the first pick hands focus to the next pick's star; Ctrl+Z brings it back.
    await toggleStarByKey(page, titles.lightning);
    await expectFocused(page, starOf(talk(plan, titles.tetragon)), 'the next pick’s star');
    await page.keyboard.press('Control+z');
    await expectFocused(
      page,
      starOf(talk(plan, titles.lightning)),
      'the star of the pick put back',
    );

    // "Clear plan" is in a menu; its question is a dialog named by the question, and has focus.
    const menuButton = page.getByRole('button', { name: 'More plan actions' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expectFocused(
      page,
      page.getByRole('menuitem', { name: 'Print my plan' }),
      'the first item',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const question = page.getByRole('dialog', { name: 'Remove all 2 picks from your plan?' });
    await expectFocused(page, question, 'the question');
    await page.keyboard.press('Escape');
    await expectFocused(page, menuButton, 'the menu button after keeping the plan');

    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectFocused(page, question, 'the question, again');
    await page.keyboard.press('Tab');
    await expectFocused(page, page.getByRole('button', { name: 'Yes, clear my plan' }), 'Yes');
    await page.keyboard.press('Enter');
    await expectFocused(page, page.getByRole('heading', { name: 'My plan', level: 2 }), 'My plan');

    // Undo from the toast's button: focus goes to the first pick that came back.
    const undo = page.getByRole('group', { name: 'Plan changes' }).getByRole('button', {
      name: 'Undo',
    });
    await undo.focus();
    await page.keyboard.press('Enter');
    await expectFocused(page, starOf(talk(plan, titles.lightning)), 'the first pick put back');

    // With "Starred only" on in the schedule, unstarring hands focus on too.
    await page.getByRole('tab', { name: 'My plan', exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    const starredOnly = page.getByRole('checkbox', { name: 'Starred only' });
    if (!(await starredOnly.isVisible())) {
      await page.getByRole('button', { name: /^Filters/ }).focus();
      await page.keyboard.press('Enter');
    }
    await starredOnly.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => starredOnly.isChecked()).toBe(true);
    await showDay(page, 'Mon 6 Nov');
    await toggleStarByKey(page, titles.lightning);
    await expectFocused(page, starOf(talk(page, titles.tetragon)), 'the other starred card');
    await toggleStarByKey(page, titles.tetragon);
    await expectFocused(page, page.getByRole('status').filter({ hasText: 'Mon 6 Nov' }), 'status');
  },
);

journey(
  'on first use, the clash summary lands on the first clash once My plan has loaded',
  async () => {
    const { page } = await browser.openApp();
    await starByKey(page, 'Tue 7 Nov', titles.tutorial);
    await starByKey(page, 'Tue 7 Nov', titles.serviceMesh);
    await page.getByRole('button', { name: '1 clash in your plan' }).focus();
    await page.keyboard.press('Enter');
    const plan = page.getByRole('tabpanel', { name: 'My plan' });
    await expectFocused(
      page,
      talk(plan, titles.tutorial)
        .getByText(/^Overlaps with/)
        .locator('xpath=..'),
      'the first clash in My plan',
    );
  },
);
