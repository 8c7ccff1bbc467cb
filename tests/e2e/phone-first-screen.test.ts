import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exportButton, expectVisible, showDay, starTalk, talk, titles } from './support/app';
import { phone, phoneContext, journey, useBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { talksOn } from './support/schedule';

const browser = useBrowser();

/** Monday's first talk by start time, read from the schedule file, not from the page. */
const firstMondayTalk = talksOn('2023-11-06').toSorted((a, b) => a.start.localeCompare(b.start))[0];

/** The top of Monday's first talk, measured from the top of the screen at the page's top. */
async function firstTalkTop(page: Page): Promise<number> {
  if (!firstMondayTalk) throw new Error('the schedule has no Monday talk');
  await page.evaluate(() => window.scrollTo(0, 0));
  await showDay(page, 'Mon 6 Nov');
  const box = await talk(page, firstMondayTalk.title).boundingBox();
  if (!box) throw new Error(`"${firstMondayTalk.title}" is not laid out`);
  return box.y;
}

journey(
  'phone 390×844: the first talk starts in the top half, on arrival and after Share and Export',
  async () => {
    const { page } = await browser.openApp({
      ...phoneContext,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const half = phone.height / 2;
    const onArrival = await firstTalkTop(page);
    expect(onArrival, 'first talk top on arrival (px)').toBeLessThan(half);

    // The header keeps its height when the first star appears.
    const headerBefore = await page.getByRole('banner').boundingBox();
    await starTalk(page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
    const headerAfter = await page.getByRole('banner').boundingBox();
    expect(headerAfter?.height, 'header height after starring').toBe(headerBefore?.height);

    // Sharing: the link shows in a dialog, which closes and leaves the page as it was.
    await page.getByRole('button', { name: 'Share plan', exact: true }).click();
    await expectVisible(page.getByRole('textbox', { name: 'Share link', exact: true }), 'link');
    await expectVisible(page.getByText('Link copied'), '"Link copied"');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const afterSharing = await firstTalkTop(page);
    expect(afterSharing, 'first talk top after sharing (px)').toBeLessThan(half);

    // Exporting: the outcome is a toast, which takes no room above the talks.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportButton(page).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    await expectVisible(page.getByText(/^Downloaded .*\.ics with 2 talks\./), 'export toast');
    const afterExporting = await firstTalkTop(page);
    expect(afterExporting, 'first talk top after exporting (px)').toBeLessThan(half);
    expect(afterExporting, 'nothing above the talks moved').toBe(onArrival);
    await saveScreenshot(page, 'phone-first-screen');
    console.info(
      `first talk top at 390×844: arrival ${onArrival}px, after share ${afterSharing}px, after export ${afterExporting}px (half: ${half}px)`,
    );

    // The day tabs stay on screen while the day scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const tabs = await page.getByRole('tablist', { name: 'Conference day' }).boundingBox();
    expect(tabs?.y, 'day tabs at the top after scrolling').toBe(0);
  },
);
