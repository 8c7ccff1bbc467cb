import { expect } from 'vitest';
import { expectCount, pageScrollWidth, starTalk, titles } from './support/app';
import { desktop, phone, phoneContext, journey, useBrowser } from './support/browser';
import { saveDocsScreenshot } from './support/screenshots';
import { talksOn } from './support/schedule';

const browser = useBrowser();

const mondayTalks = talksOn('2023-11-06').length;

// A visitor from another zone, so the zone switch reads as it would for most people.
const visitorZone = 'America/New_York';

journey(
  'how a person first meets the app: the first day with two picks, at desktop and phone size',
  async () => {
    for (const [name, options, width] of [
      ['desktop', { viewport: desktop, timezoneId: visitorZone }, desktop.width],
      ['phone', { ...phoneContext, timezoneId: visitorZone }, phone.width],
    ] as const) {
      const { page } = await browser.openApp(options);
      // The first two talks, so the picks show on the first screen.
      await starTalk(page, 'Mon 6 Nov', titles.adobe);
      await starTalk(page, 'Mon 6 Nov', titles.externalApis);
      await expectCount(page.getByRole('article'), mondayTalks, `${name}: every Monday talk shown`);
      // No focus ring left on the last star clicked, and the page from its top.
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        window.scrollTo(0, 0);
      });
      expect(await pageScrollWidth(page), `${name}: nothing scrolls sideways`).toBeLessThanOrEqual(
        width,
      );
      await saveDocsScreenshot(page, name);
    }
  },
);
