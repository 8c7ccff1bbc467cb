import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { days, dayTab, starOf } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

const FOSDEM = resolve(process.cwd(), 'tests/fixtures/schedules/frab-xml/fosdem-2026.xml');

/** The number in the day's status line, "550 talks on Sat 31 Jan". */
async function talksOnDay(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: / talks? on / });
  return Number(/(\d+) talks? on/.exec((await status.textContent()) ?? '')?.[1]);
}

async function openFosdem(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open a schedule', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Open a schedule' })
    .getByLabel('Schedule file', { exact: true })
    .setInputFiles(FOSDEM);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
    .toBe('FOSDEM 2026');
}

const article = (page: Page, title: string): Locator =>
  page.getByRole('article', { name: title, exact: true });

journey(
  'each bundled day has every one of its talks in the page at once, on screen or not',
  async () => {
    const { page } = await browser.openApp();
    let total = 0;
    for (const day of days) {
      await dayTab(page, day).click();
      const count = await talksOnDay(page);
      await expect.poll(() => page.getByRole('article').count()).toBe(count);
      total += count;
    }
    // The seed post lists 25 Cilium talks over the four days.
    expect(total).toBe(25);
  },
);

journey(
  'FOSDEM opened: all 550 Saturday talks are in the page, and two late ones starred far down flag their clash',
  async () => {
    const { page } = await browser.openApp();
    await openFosdem(page);
    // <day index="1" date="2026-01-31"> holds 550 <event>s in the raw file.
    expect(await talksOnDay(page)).toBe(550);
    await expect.poll(() => page.getByRole('article').count(), { timeout: 30_000 }).toBe(550);
    // The day's last event, far below the first screen, is in the accessibility tree.
    await expect
      .poll(() => article(page, 'Closing of to the Legal & Policy Issues DevRoom').count())
      .toBe(1);

    // Both 18:45, 00:15 in the raw file: in UA2.118 (Henriot) and UD6.215.
    const nix = article(page, 'Tips and Tricks to Fix Your Nix');
    const bazel = article(page, 'Zero-sysroot hermetic LLVM cross-compilation using Bazel');
    // By keyboard: a click could land on another card while the day's last cards arrive.
    for (const card of [nix, bazel]) {
      await starOf(card).press('Enter');
      await expect.poll(() => starOf(card).getAttribute('aria-pressed')).toBe('true');
    }
    await expect
      .poll(() => nix.textContent())
      .toContain(
        'Overlaps with Zero-sysroot hermetic LLVM cross-compilation using Bazel by 15 min',
      );
    await expect
      .poll(() => bazel.textContent())
      .toContain('Overlaps with Tips and Tricks to Fix Your Nix by 15 min');
    // Jumped to, a card far down lands on screen at its full size, title and all.
    const closing = article(page, 'Closing of to the Legal & Policy Issues DevRoom');
    await closing.getByRole('link').focus();
    await expect
      .poll(async () => {
        const box = await closing.boundingBox();
        return box !== null && box.y >= 0 && box.y + 40 <= 900 && box.height > 40;
      })
      .toBe(true);
  },
  240_000,
);
