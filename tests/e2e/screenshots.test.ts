import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectVisible, myPlan, pageScrollWidth, starTalk, talk, titles } from './support/app';
import { desktop, journey, phone, phoneContext, useBrowser } from './support/browser';
import { saveDocsScreenshot, saveScreenshot, type DocsScreenshot } from './support/screenshots';

const browser = useBrowser();

// A visitor from another zone, so the zone switch reads as it would for most people.
const visitorZone = 'America/New_York';

interface Layout {
  size: 'laptop' | 'phone';
  scheme: 'light' | 'dark';
  options: BrowserContextOptions;
  width: number;
}

const layouts: Layout[] = (['light', 'dark'] as const).flatMap((scheme) => [
  {
    size: 'laptop' as const,
    scheme,
    options: { viewport: desktop, timezoneId: visitorZone, colorScheme: scheme },
    width: desktop.width,
  },
  {
    size: 'phone' as const,
    scheme,
    options: { ...phoneContext, timezoneId: visitorZone, colorScheme: scheme },
    width: phone.width,
  },
]);

/** Which README picture a layout and view give, if any; the others go to the ignored folder only. */
const docsName: Record<string, DocsScreenshot> = {
  'laptop light schedule': 'desktop',
  'phone light schedule': 'phone',
  'laptop dark schedule': 'dark',
  'laptop light plan': 'plan',
  'phone light shared': 'shared',
};

async function save(page: Page, layout: Layout, view: string): Promise<void> {
  // No focus ring left on the last control used, and the page at its top.
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const key = `${layout.size} ${layout.scheme} ${view}`;
  const docs = docsName[key];
  if (docs) await saveDocsScreenshot(page, docs);
  else await saveScreenshot(page, key.replaceAll(' ', '-'));
}

journey('the README pictures: laptop, phone, dark, My plan and a shared link', async () => {
  for (const layout of layouts) {
    const { page, context } = await browser.openApp(layout.options);
    await starTalk(page, 'Mon 6 Nov', titles.adobe);
    await starTalk(page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
    await expectVisible(
      talk(page, titles.tutorial).getByText(/Overlaps with/),
      `${layout.size}: the clash flag`,
    );
    expect(await pageScrollWidth(page), 'nothing scrolls sideways').toBeLessThanOrEqual(
      layout.width,
    );
    await save(page, layout, 'schedule');

    await myPlan(page).first().click();
    await expectVisible(page.getByRole('heading', { name: 'My plan' }), 'My plan');
    await save(page, layout, 'plan');

    await page.getByRole('button', { name: 'Share plan', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
    await save(page, layout, 'share-dialog');

    const { page: reader } = await browser.openApp(layout.options);
    await reader.goto(link);
    await expectVisible(
      reader.getByRole('button', { name: 'Add all to my plan', exact: true }),
      'the shared plan',
    );
    await save(reader, layout, 'shared');
    await context.close();
  }
});
