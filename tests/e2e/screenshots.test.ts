import { expect } from 'vitest';
import { expectCount, pageScrollWidth, showDay, starTalk, titles } from './support/app';
import { desktop, phone, phoneContext, journey, useBrowser } from './support/browser';
import { saveDocsScreenshot } from './support/screenshots';
import { talksOn } from './support/schedule';

const browser = useBrowser();

const mondayTalks = talksOn('2023-11-06').length;

journey(
  'how a person first meets the app: the first day with two picks, at desktop and phone size',
  async () => {
    for (const [name, options, width] of [
      ['desktop', { viewport: desktop }, desktop.width],
      ['phone', phoneContext, phone.width],
    ] as const) {
      const { page } = await browser.openApp(options);
      await starTalk(page, 'Mon 6 Nov', titles.lightning);
      await starTalk(page, 'Mon 6 Nov', titles.tetragon);
      await showDay(page, 'Mon 6 Nov');
      await expectCount(page.getByRole('article'), mondayTalks, `${name}: every Monday talk shown`);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await pageScrollWidth(page), `${name}: nothing scrolls sideways`).toBeLessThanOrEqual(
        width,
      );
      await saveDocsScreenshot(page, name);
    }
  },
);
