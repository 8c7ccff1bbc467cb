import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  expectPressed,
  expectVisible,
  showDay,
  starOf,
  starTalk,
  talk,
  titles,
} from './support/app';
import { gotoApp, journey, useBrowser } from './support/browser';

const browser = useBrowser();

const garbage = '{"state": {"starred": [oops';

/** A status or alert message whose text matches, shown to the person. */
const message = (page: Page, text: RegExp) =>
  page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: text });

/** The keys the app writes its plan under, learnt by starring once in a throwaway context. */
async function savedKeys(): Promise<string[]> {
  const { page, context } = await browser.openApp();
  await starTalk(page, 'Mon 6 Nov', titles.adobe);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  await context.close();
  expect(keys.length, 'starring a talk saves something in localStorage').toBeGreaterThan(0);
  return keys;
}

journey(
  'bad storage: unreadable saved state still loads, says so, and keeps the text',
  async () => {
    const keys = await savedKeys();
    const { page, context } = await browser.openApp({ url: 'about:blank' });
    await context.addInitScript(
      ({ keys, garbage }) => {
        // Only before the first load: later loads must see what the app did with it.
        if (sessionStorage.getItem('garbage-written')) return;
        sessionStorage.setItem('garbage-written', '1');
        for (const key of keys) localStorage.setItem(key, garbage);
      },
      { keys, garbage },
    );
    await gotoApp(page, browser.baseURL);

    await expectVisible(
      message(page, /could ?n[o']t be read|unreadable/i),
      'a status message about the unreadable saved plan',
    );
    const kept = await page.evaluate((garbage) => {
      return Object.keys(localStorage).filter((key) => localStorage.getItem(key) === garbage);
    }, garbage);
    expect(kept.length, 'the unreadable text is kept somewhere, not destroyed').toBeGreaterThan(0);

    await starTalk(page, 'Mon 6 Nov', titles.externalApis);
    await page.reload();
    await showDay(page, 'Mon 6 Nov');
    await expectPressed(
      starOf(talk(page, titles.externalApis)),
      true,
      'a star made after recovery',
    );
  },
);

journey(
  'bad storage: writes that throw still let a person star, with a message that picks are not kept',
  async () => {
    const { page, context } = await browser.openApp({ url: 'about:blank' });
    await context.addInitScript(() => {
      Storage.prototype.setItem = function refuse() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await gotoApp(page, browser.baseURL);

    await starTalk(page, 'Mon 6 Nov', titles.adobe);
    await expectVisible(
      message(page, /n[o']t be kept|can[no']*t be saved/i),
      'a message that picks will not be kept after closing',
    );
    await starTalk(page, 'Mon 6 Nov', titles.externalApis);
    await expectPressed(starOf(talk(page, titles.adobe)), true, 'the first star, still set');
  },
);
