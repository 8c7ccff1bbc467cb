import { expect } from 'vitest';
import { expectVisible, pageScrollWidth, starTalk, talk, titles } from './support/app';
import { desktop, journey, phone, phoneContext, useBrowser } from './support/browser';
import { saveDocsScreenshot } from './support/screenshots';

const browser = useBrowser();

// A visitor from another zone, so the zone switch reads as it would for most people.
const visitorZone = 'America/New_York';

const layouts = [
  {
    name: 'desktop',
    options: { viewport: desktop, timezoneId: visitorZone },
    width: desktop.width,
  },
  { name: 'phone', options: { ...phoneContext, timezoneId: visitorZone }, width: phone.width },
] as const;

journey('the README pair: a day with two clashing picks, at desktop and phone size', async () => {
  for (const { name, options, width } of layouts) {
    const { page } = await browser.openApp(options);
    await starTalk(page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
    await expectVisible(
      talk(page, titles.tutorial).getByText(/Overlaps with/),
      `${name}: the clash flag`,
    );
    expect(await pageScrollWidth(page), `${name}: nothing scrolls sideways`).toBeLessThanOrEqual(
      width,
    );
    // No focus ring left on the last star clicked.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    // The header is compact enough on a phone too that the first screen shows it with the clash.
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveDocsScreenshot(page, name);
  }
});
