import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { dayTab, expectPressed, expectVisible, showDay, starOf, talk } from './support/app';
import { journey, useBrowser, waitUntilLive } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { talksOn } from './support/schedule';
import { seedLinkTextsOn } from '../helpers/seed-talks';

const browser = useBrowser();

/** Monday's talks as the blog post lists them: each link text starts with the talk's title. */
const mondayInSeed = seedLinkTextsOn('Monday, November 6');

const articleNames = (page: Page): Promise<string[]> =>
  page
    .getByRole('article')
    .evaluateAll((articles) =>
      articles.map(
        (article) =>
          document.getElementById(article.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
      ),
    );

/** Where each talk of the day shown sits on the page, by title. */
const articleBoxes = (page: Page): Promise<Record<string, number[]>> =>
  page.getByRole('article').evaluateAll((articles) =>
    Object.fromEntries(
      articles.map((article) => {
        const box = article.getBoundingClientRect();
        const title = article.querySelector('h3')?.textContent ?? '';
        return [title, [box.x, box.y, box.width, box.height].map(Math.round)];
      }),
    ),
  );

/**
 * Everything the page says in its console while it loads, warnings and errors alike (a hydration
 * mismatch is one), plus any content-security-policy violation.
 */
async function watchLoad(context: BrowserContext, page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      messages.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => messages;
}

journey('without JavaScript the first day’s talks are in the page, readable', async () => {
  expect(mondayInSeed.length, 'the post lists Monday talks').toBeGreaterThan(5);
  const { page } = await browser.openApp({ url: 'about:blank', javaScriptEnabled: false });
  await page.goto(browser.baseURL);

  await expectVisible(dayTab(page, 'Mon 6 Nov'), 'the Monday tab');
  expect(await dayTab(page, 'Mon 6 Nov').getAttribute('aria-selected')).toBe('true');
  const names = await articleNames(page);
  expect(names, 'one article per Monday talk of the post').toHaveLength(mondayInSeed.length);
  for (const linkText of mondayInSeed) {
    const shown = names.filter((name) => name.length > 0 && linkText.startsWith(name));
    expect(shown, `one article titled as the post's "${linkText}"`).toHaveLength(1);
  }
  for (const name of names) await expectVisible(talk(page, name), `"${name}" on screen`);
  // Nothing to press until the code arrives: the stars say so.
  const stars = page.getByRole('button', { name: 'Star' });
  expect(await stars.count()).toBe(mondayInSeed.length);
  for (const star of await stars.all()) expect(await star.isDisabled()).toBe(true);
  await saveScreenshot(page, 'first-screen-without-javascript');
});

journey('the drawn page and the live one put every talk in the same place', async () => {
  const drawn = await browser.openApp({ url: 'about:blank', javaScriptEnabled: false });
  await drawn.page.goto(browser.baseURL);
  const before = await articleBoxes(drawn.page);

  const live = await browser.openApp();
  expect(await articleBoxes(live.page)).toEqual(before);
  expect(Object.keys(before)).toHaveLength(talksOn('2023-11-06').length);
});

journey('hydrating an empty plan says nothing in the console', async () => {
  const { page, context } = await browser.openApp({ url: 'about:blank' });
  const messages = await watchLoad(context, page);
  await page.goto(browser.baseURL);
  await waitUntilLive(page);
  // The abstracts and the service worker arrive after the first paint; let them.
  await page.waitForLoadState('networkidle');
  expect(await messages()).toEqual([]);
  await starOf(talk(page, talksOn('2023-11-06')[0]!.title)).click();
  await expectPressed(starOf(talk(page, talksOn('2023-11-06')[0]!.title)), true, 'the first star');
});

journey('a saved plan on another day and a link to a talk show once live, silently', async () => {
  const { page, context } = await browser.openApp();
  const tuesday = talksOn('2023-11-07')[0]!;
  await showDay(page, 'Tue 7 Nov');
  await starOf(talk(page, tuesday.title)).click();
  await expectPressed(starOf(talk(page, tuesday.title)), true, 'the Tuesday star');

  const again = await context.newPage();
  const messages = await watchLoad(context, again);
  await again.goto(browser.baseURL);
  await waitUntilLive(again);
  await again.waitForLoadState('networkidle');
  expect(await dayTab(again, 'Mon 6 Nov').getAttribute('aria-selected')).toBe('true');
  await showDay(again, 'Tue 7 Nov');
  await expectPressed(starOf(talk(again, tuesday.title)), true, 'the saved Tuesday pick');

  // A link to a Tuesday talk opens on Tuesday, though the page was drawn with Monday.
  const linked = await context.newPage();
  const linkedMessages = await watchLoad(context, linked);
  await linked.goto(`${browser.baseURL}#talk=${tuesday.id}`);
  await waitUntilLive(linked);
  await expectVisible(
    linked.getByRole('dialog', { name: tuesday.title, exact: true }),
    'the linked talk’s details',
  );
  expect(await dayTab(linked, 'Tue 7 Nov').getAttribute('aria-selected')).toBe('true');
  await linked.waitForLoadState('networkidle');
  expect([...(await messages()), ...(await linkedMessages())]).toEqual([]);
});

journey('a day tab pressed before the page is live is followed once it is', async () => {
  const { page } = await browser.openApp({ url: 'about:blank' });
  // The app's code arrives late, as on a slow phone, so the press surely comes first.
  let releaseCode: () => void = () => {};
  const codeHeld = new Promise<void>((resolve) => (releaseCode = resolve));
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await codeHeld;
    await route.continue();
  });
  await page.goto(browser.baseURL);
  const tuesday = talksOn('2023-11-07')[0]!;
  await dayTab(page, 'Tue 7 Nov').click();
  expect(await starOf(talk(page, talksOn('2023-11-06')[0]!.title)).isDisabled()).toBe(true);
  expect(await dayTab(page, 'Mon 6 Nov').getAttribute('aria-selected')).toBe('true');

  releaseCode();
  await waitUntilLive(page);
  await expect
    .poll(() => dayTab(page, 'Tue 7 Nov').getAttribute('aria-selected'), {
      message: 'the early press shows Tuesday',
    })
    .toBe('true');
  await expectVisible(talk(page, tuesday.title), 'a Tuesday talk');
});
