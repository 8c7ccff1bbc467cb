import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  dayTab,
  expectVisible,
  myPlan,
  openDetails,
  starOf,
  starTalk,
  talk,
  titles,
} from './support/app';
import {
  AXE_JOURNEY_TIMEOUT_MS,
  desktop,
  gotoApp,
  journey,
  phoneContext,
  useBrowser,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { seriousViolations } from './support/serious-violations';

const browser = useBrowser();

/** 4:45 PM in Chicago on the conference's second day. */
const tuesdayAt1645 = new Date('2023-11-07T16:45:00-06:00');

/** The relative luminance of the page background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.documentElement).backgroundColor.match(/\d+(\.\d+)?/g) ?? []
    ).map(Number);
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });

journey(
  'dark mode: follows the system scheme, with no serious axe violations on the grid, details and My plan',
  async () => {
    const found: string[] = [];
    const runs = (['light', 'dark'] as const).flatMap((colorScheme) => [
      { colorScheme, layout: 'desktop', options: { viewport: desktop } },
      { colorScheme, layout: 'phone', options: phoneContext },
    ]);
    for (const { colorScheme, layout, options } of runs) {
      const scheme = `${colorScheme} ${layout}`;
      const { page } = await browser.openApp({ ...options, url: 'about:blank' });
      // During the conference, so the now line and the next-pick card are checked too.
      await page.clock.setFixedTime(tuesdayAt1645);
      await gotoApp(page, browser.baseURL);
      await page.emulateMedia({ colorScheme });
      // A clash, a tight change and a starred card put every flag colour on screen.
      await starTalk(page, 'Mon 6 Nov', titles.lightning);
      await starTalk(page, 'Mon 6 Nov', titles.tetragon);
      await starTalk(page, 'Tue 7 Nov', titles.tutorial);
      await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
      await expectVisible(page.getByText('Now 4:45 PM'), 'the now line');

      const luminance = await backgroundLuminance(page);
      if (colorScheme === 'dark')
        expect(luminance, `${scheme}: page background`).toBeLessThan(0.05);
      else expect(luminance, `${scheme}: page background`).toBeGreaterThan(0.8);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `venue-${colorScheme}-${layout}-grid`);
      for (const violation of await seriousViolations(page))
        found.push(`${scheme}, grid: ${violation}`);

      await openDetails(page, titles.tutorial);
      await saveScreenshot(page, `venue-${colorScheme}-${layout}-details`);
      for (const violation of await seriousViolations(page))
        found.push(`${scheme}, details: ${violation}`);
      await page.keyboard.press('Escape');

      await myPlan(page).first().click();
      await expectVisible(page.getByText(/Overlaps with/), 'a clash flag in My plan');
      await saveScreenshot(page, `venue-${colorScheme}-${layout}-plan`);
      for (const violation of await seriousViolations(page))
        found.push(`${scheme}, My plan: ${violation}`);
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  },
  AXE_JOURNEY_TIMEOUT_MS,
);

journey(
  'now and next: with the clock at 4:45 PM on Tue 7 Nov, today opens with a now line and the next pick',
  async () => {
    for (const [name, options] of [
      ['desktop', { viewport: desktop }],
      ['phone', phoneContext],
    ] as const) {
      const { page } = await browser.openApp({ ...options, url: 'about:blank' });
      await page.clock.setFixedTime(tuesdayAt1645);
      await gotoApp(page, browser.baseURL);

      expect(await dayTab(page, 'Tue 7 Nov').getAttribute('aria-selected'), name).toBe('true');
      for (const title of [titles.tutorial, titles.serviceMesh]) {
        await starOf(talk(page, title)).click();
      }
      const card = page.getByRole('region', { name: 'Next in your plan' });
      await expectVisible(card.getByText(/On now:.*ends in 1 h 15 min/), `${name}: on now`);
      await expectVisible(
        card.getByText(/Next:.*Service Mesh Battle Scars.*at 5:25 PM, in 40 min/),
        `${name}: the next pick`,
      );

      const line = page.getByText('Now 4:45 PM', { exact: true });
      await expectVisible(line, `${name}: the now line`);
      const lineBox = await line.boundingBox();
      const tutorialBox = await talk(page, titles.tutorial).boundingBox();
      const battleBox = await talk(page, titles.serviceMesh).boundingBox();
      if (!lineBox || !tutorialBox || !battleBox) throw new Error(`${name}: nothing laid out`);
      const lineMiddle = lineBox.y + lineBox.height / 2;
      expect(lineMiddle, `${name}: the line is below the tutorial's start`).toBeGreaterThan(
        tutorialBox.y,
      );
      expect(lineMiddle, `${name}: the line is above the 5:25 PM talk`).toBeLessThan(battleBox.y);

      await line.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `venue-now-${name}`);
    }
  },
);

/** Controls that would be useless on paper, with whether each is rendered when printing. */
const renderedControls = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, [role="button"], [role="tab"], select, input',
      ),
    ].map((element) => ({
      name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName,
      rendered: element.checkVisibility({ visibilityProperty: true }),
    })),
  );

journey(
  'print: My plan prints black on white, one day per page, with clashes and tight changes and no controls',
  async () => {
    const { page } = await browser.openApp();
    // Monday has a tight change (12:10-12:15 then 12:15), Tuesday a clash.
    await starTalk(page, 'Mon 6 Nov', titles.lightning);
    await starTalk(page, 'Mon 6 Nov', titles.tetragon);
    await starTalk(page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
    await myPlan(page).first().click();
    await expectVisible(page.getByText(/Overlaps with/), 'a clash flag in My plan');
    // Printing from a dark screen must still give black on white.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'venue-print-plan');

    const controls = await renderedControls(page);
    expect(controls.length, 'the plan has controls on screen to hide').toBeGreaterThan(5);
    expect(
      controls.filter((control) => control.rendered).map((control) => control.name),
      'controls still rendered when printing',
    ).toEqual([]);

    const days = page.getByRole('region', { name: /November 2023$/ });
    const breaks = await days.evaluateAll((sections) =>
      sections.map((section) => ({
        heading: section.querySelector('h2')?.textContent,
        breakBefore: getComputedStyle(section).breakBefore,
      })),
    );
    expect(breaks).toEqual([
      { heading: 'Monday 6 November 2023', breakBefore: 'auto' },
      { heading: 'Tuesday 7 November 2023', breakBefore: 'page' },
    ]);

    await expectVisible(
      talk(page, titles.tutorial).getByText(/Overlaps with Service Mesh Battle Scars/),
      'the clash on paper',
    );
    await expectVisible(talk(page, titles.tetragon).getByText(/^Tight:/), 'the tight change');
    await expectVisible(talk(page, titles.tutorial).getByText('4:30 – 6:00 PM'), 'the times');
    await expectVisible(
      talk(page, titles.lightning).getByText('ArgoCon', { exact: true }),
      'the event',
    );
    const colours = await talk(page, titles.tutorial).evaluate((article) => ({
      text: getComputedStyle(article.querySelector('h3') ?? article).color,
      background: getComputedStyle(article).backgroundColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(colours).toEqual({
      text: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
      page: 'rgb(255, 255, 255)',
    });

    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    await writeFile(fileURLToPath(new URL('./screenshots/venue-plan.pdf', import.meta.url)), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length, 'PDF pages: one per day with picks').toBe(2);
  },
);
