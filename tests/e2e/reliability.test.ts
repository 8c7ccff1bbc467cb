import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  dayTab,
  exportButton,
  expectPressed,
  expectVisible,
  myPlan,
  showDay,
  starOf,
  starTalk,
  talk,
  titles,
} from './support/app';
import { gotoApp, journey, useBrowser } from './support/browser';
import { collectCspViolations } from './support/csp-violations';

const browser = useBrowser();

const PLAN_KEY = 'kubecon-planner:plan';
const ADOBE_ID = '1Rj0z';

/** An alert whose text matches, shown to the person. */
const alertSaying = (page: Page, text: RegExp) => page.getByRole('alert').filter({ hasText: text });

journey(
  'reliability: a link cut off mid-escape leaves the schedule usable and says why',
  async () => {
    const { page } = await browser.openApp({ url: `${browser.baseURL}#talk=%E0%A4%A` });
    await expectVisible(
      alertSaying(page, /“talk” part is cut off or garbled/),
      'the one-line alert',
    );
    await starTalk(page, 'Mon 6 Nov', titles.adobe);

    // The same on a page already open, and again after a reload with the fragment still there.
    await page.evaluate(() => (window.location.hash = 'talk=%'));
    await expectVisible(alertSaying(page, /cut off or garbled \(“%”\)/), 'the alert for "#talk=%"');
    await page.reload();
    await expectVisible(alertSaying(page, /cut off or garbled/), 'the alert after a reload');
    await showDay(page, 'Mon 6 Nov');
    await expectPressed(starOf(talk(page, titles.adobe)), true, 'the star made before');

    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    expect(await page.evaluate(() => window.location.hash)).toBe('');
  },
);

journey('reliability: a talk named after a share code still opens', async () => {
  const { page } = await browser.openApp({ url: `${browser.baseURL}#share=1.zz&talk=${ADOBE_ID}` });
  await expectVisible(
    page.getByRole('dialog', { name: titles.adobe, exact: true }),
    'the details of the talk named after the share code',
  );
});

journey(
  'reliability: a plan saved by a newer version is left as it is until the person starts afresh',
  async () => {
    const newer = JSON.stringify({ state: { starred: [ADOBE_ID] }, version: 999 });
    const { page, context } = await browser.openApp({ url: 'about:blank' });
    await context.addInitScript(
      ({ key, newer }) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, newer);
      },
      { key: PLAN_KEY, newer },
    );
    await gotoApp(page, browser.baseURL);
    const notice = page.getByRole('status').filter({ hasText: /saved by a newer version/ });
    await expectVisible(notice, 'the notice about the newer version');
    await starTalk(page, 'Mon 6 Nov', titles.externalApis);
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBe(newer);

    await page.reload();
    await expectVisible(notice, 'the notice, still there after a reload');
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBe(newer);

    await starTalk(page, 'Mon 6 Nov', titles.externalApis);
    await page.getByRole('button', { name: 'Start afresh' }).click();
    const stored = await page.evaluate((key) => {
      const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup-`));
      return {
        plan: localStorage.getItem(key),
        backups: backups.map((k) => localStorage.getItem(k)),
      };
    }, PLAN_KEY);
    expect(stored.backups).toEqual([newer]);
    // The fresh plan is written in the format this version of the app saves (version 4).
    expect(JSON.parse(stored.plan ?? 'null').version).toBe(4);
  },
);

journey('reliability: two tabs starring at the same moment keep every pick', async () => {
  const { page: left, context } = await browser.openApp();
  const right = await browser.openTab(context);
  await showDay(left, 'Mon 6 Nov');
  await showDay(right, 'Mon 6 Nov');
  const articles = left.getByRole('article');
  const names = await articles.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('aria-labelledby')),
  );
  expect(names.length, 'Monday has at least 14 talks').toBeGreaterThanOrEqual(14);
  for (let i = 0; i < 7; i += 1) {
    await Promise.all([
      starOf(left.getByRole('article').nth(i)).click(),
      starOf(right.getByRole('article').nth(7 + i)).click(),
    ]);
  }
  for (const page of [left, right]) {
    await page.reload();
    await showDay(page, 'Mon 6 Nov');
    await expect
      .poll(() => page.getByRole('button', { name: /^Star/, pressed: true }).count(), {
        message: 'starred talks after both tabs starred seven each',
      })
      .toBe(14);
  }
});

journey(
  'reliability: under its content security policy the app stars and exports with no violation',
  async () => {
    const { page, context } = await browser.openApp({ url: 'about:blank' });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const violations = await collectCspViolations(context);
    await gotoApp(page, browser.baseURL);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);

    await starTalk(page, 'Mon 6 Nov', titles.adobe);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportButton(page).click(),
    ]);
    expect(await download.failure()).toBeNull();
    await talk(page, titles.adobe).getByRole('link', { name: titles.adobe }).click();
    await expectVisible(page.getByRole('dialog', { name: titles.adobe }), 'the details dialog');
    await page.keyboard.press('Escape');
    await myPlan(page).click();
    await page.getByRole('button', { name: 'Share plan' }).click();
    await expectVisible(page.getByRole('textbox', { name: 'Share link' }), 'the share link');
    await page.keyboard.press('Escape');
    await dayTab(page, 'Mon 6 Nov')
      .or(page.getByRole('tab', { name: 'Schedule' }))
      .first()
      .click();
    // The service worker registers through the one Trusted Types policy.
    const registered = await page.evaluate(async () => {
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise((resolve) => setTimeout(() => resolve(null), 10_000)),
      ]);
      return registration !== null;
    });
    expect(registered, 'the service worker registered').toBe(true);

    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  },
);
