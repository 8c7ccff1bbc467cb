import { expect } from 'vitest';
import { expectVisible, myPlan, openDetails, starTalk, titles } from './support/app';
import {
  AXE_JOURNEY_TIMEOUT_MS,
  desktop,
  phoneContext,
  journey,
  useBrowser,
} from './support/browser';
import { seriousViolations } from './support/serious-violations';

const browser = useBrowser();

const layouts = [
  { name: 'desktop 1366', options: { viewport: desktop } },
  { name: 'phone 390', options: phoneContext },
];

journey(
  'accessibility: no serious or critical axe violations on the grid, My plan and details',
  async () => {
    const found: string[] = [];
    for (const layout of layouts) {
      const { page } = await browser.openApp(layout.options);
      await starTalk(page, 'Tue 7 Nov', titles.tutorial);
      await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
      await starTalk(page, 'Mon 6 Nov', titles.lightning);

      for (const violation of await seriousViolations(page))
        found.push(`${layout.name}, grid: ${violation}`);

      await openDetails(page, titles.lightning);
      for (const violation of await seriousViolations(page))
        found.push(`${layout.name}, details: ${violation}`);
      await page.keyboard.press('Escape');

      await myPlan(page).first().click();
      await expectVisible(page.getByText(titles.serviceMesh), 'a starred talk in My plan');
      for (const violation of await seriousViolations(page))
        found.push(`${layout.name}, My plan: ${violation}`);
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  },
  AXE_JOURNEY_TIMEOUT_MS,
);
