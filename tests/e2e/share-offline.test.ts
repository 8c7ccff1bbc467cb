import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  expectHidden,
  expectPressed,
  expectVisible,
  exportButton,
  showDay,
  starOf,
  starTalk,
  talk,
  titles,
} from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

const sharedPlan = (page: Page) => page.getByRole('region', { name: 'Shared plan', exact: true });
const sharedItem = (page: Page, title: string) =>
  sharedPlan(page).getByRole('listitem').filter({ hasText: title });

/** Waits until the service worker has installed and activated, so the next load can come from it. */
const serviceWorkerReady = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    }
    return worker?.state;
  });

journey(
  'share: a link carries the picks to another browser, which adds them only on request',
  async () => {
    const sender = await browser.openApp({ permissions: ['clipboard-read', 'clipboard-write'] });
    await starTalk(sender.page, 'Mon 6 Nov', titles.adobe);
    await starTalk(sender.page, 'Tue 7 Nov', titles.tutorial);
    await sender.page.getByRole('button', { name: 'Share plan', exact: true }).click();
    const box = sender.page.getByRole('textbox', { name: 'Share link', exact: true });
    await expectVisible(sender.page.getByText('Link copied'), '"Link copied"');
    const link = await box.inputValue();
    expect(await box.getAttribute('readonly'), 'the link box is read-only').not.toBeNull();
    expect(new URL(link).hash, 'the conference, then ids and a version only, no titles').toMatch(
      /^#conference=kubecon-na-2023&share=1(\.[A-Za-z0-9_-]+){3}$/,
    );
    expect(await sender.page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const reader = await browser.openApp();
    await starTalk(reader.page, 'Tue 7 Nov', titles.tutorial);
    const page = await browser.openTab(reader.context, link);
    await expectVisible(sharedPlan(page), 'the shared plan');
    await expectVisible(sharedItem(page, titles.adobe), 'the shared Adobe talk');
    await expectVisible(
      sharedItem(page, titles.tutorial).getByText('Also in your plan'),
      'the tutorial marked as in both plans',
    );
    expect(await sharedItem(page, titles.adobe).getByText('Also in your plan').count()).toBe(0);
    await showDay(page, 'Mon 6 Nov');
    await expectPressed(starOf(talk(page, titles.adobe)), false, 'Adobe talk before adding');

    await sharedPlan(page).getByRole('button', { name: 'Add all to my plan', exact: true }).click();
    await expectVisible(page.getByText('Added 1 talk to your plan.'), 'the added note');
    await expectPressed(starOf(talk(page, titles.adobe)), true, 'Adobe talk after adding');

    await page.getByRole('button', { name: 'Close shared plan', exact: true }).click();
    await expectHidden(sharedPlan(page), 'the shared plan after closing');
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await showDay(page, 'Tue 7 Nov');
    await expectPressed(starOf(talk(page, titles.tutorial)), true, 'tutorial after reload');
  },
);

journey(
  'share: a damaged link is explained, the schedule still shows and nothing changes',
  async () => {
    const { page, context } = await browser.openApp();
    await starTalk(page, 'Mon 6 Nov', titles.externalApis);
    const damaged = await browser.openTab(context, `${browser.baseURL}#share=1.1Rj0z.1R2`);
    await expectVisible(
      damaged.getByRole('alert').filter({ hasText: /^This share link is damaged/ }),
      'the damaged-link message',
    );
    expect(await damaged.getByRole('button', { name: 'Add all to my plan' }).count()).toBe(0);
    await showDay(damaged, 'Mon 6 Nov');
    await expectPressed(starOf(talk(damaged, titles.adobe)), false, 'Adobe talk, not in the link');
    await expectPressed(starOf(talk(damaged, titles.externalApis)), true, 'own pick kept');
  },
);

journey('offline: after one visit the app reloads, stars and exports with no network', async () => {
  const { page, context } = await browser.openApp();
  expect(await serviceWorkerReady(page), 'the service worker is active').toBe('activated');
  await starTalk(page, 'Mon 6 Nov', titles.adobe);

  await context.setOffline(true);
  await page.reload();
  await showDay(page, 'Mon 6 Nov');
  await expectPressed(starOf(talk(page, titles.adobe)), true, 'Adobe talk, offline after reload');
  await starTalk(page, 'Thu 9 Nov', titles.contribfest);

  const [download] = await Promise.all([page.waitForEvent('download'), exportButton(page).click()]);
  expect(await download.failure()).toBeNull();
  expect(download.suggestedFilename()).toMatch(/\.ics$/);

  const another = await browser.openTab(context, `${browser.baseURL}?from=home-screen`);
  await showDay(another, 'Thu 9 Nov');
  await expectPressed(starOf(talk(another, titles.contribfest)), true, 'a new tab, offline');
});

journey(
  'installable: the manifest names the app and its icons load at their stated sizes',
  async () => {
    const { page } = await browser.openApp();
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBeTruthy();
    const manifest = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return (await response.json()) as {
        name: string;
        short_name: string;
        display: string;
        start_url: string;
        icons: { src: string; sizes: string; purpose?: string; type: string }[];
      };
    }, manifestHref ?? '');
    expect(manifest).toMatchObject({ display: 'standalone', short_name: expect.any(String) });
    expect(manifest.name).toMatch(/Cilium/);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    for (const icon of pngs) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = new URL(src, document.baseURI).href;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size, icon.src).toBe(icon.sizes);
    }
  },
);
