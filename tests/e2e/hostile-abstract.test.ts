import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { expectVisible, talk } from './support/app';
import { gotoApp, journey, unavailable, useBrowser } from './support/browser';
import { collectCspViolations } from './support/csp-violations';
import { buildApp, serveBuiltApp } from './support/global-setup';

const browser = useBrowser();

/** Built from tests/fixtures/schedules/constructed/hostile-abstract.xml with `npm run import`. */
const HOSTILE_SCHEDULE = 'tests/fixtures/schedules/constructed/hostile-abstract.json';
const TITLE = 'Script in the abstract';
const REMOTE_HOST = 'remote.invalid';

let server: PreviewServer | undefined;
let baseURL = '';

beforeAll(async () => {
  if (unavailable !== null) return;
  await buildApp('dist-e2e-hostile', HOSTILE_SCHEDULE);
  ({ server, baseURL } = await serveBuiltApp('dist-e2e-hostile'));
}, 180_000);

afterAll(async () => {
  await server?.close();
});

journey(
  'abstracts: a schedule whose abstract carries script opens, shows the text, and nothing runs',
  async () => {
    const { page, context } = await browser.openApp({ url: 'about:blank' });
    const remoteRequests: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).hostname === REMOTE_HOST) remoteRequests.push(request.url());
    });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const violationsIn = await collectCspViolations(context);
    await gotoApp(page, baseURL);
    const violations = () => violationsIn(page);
    expect(await violations(), 'violations before the abstract is shown').toEqual([]);

    await talk(page, TITLE).getByRole('link', { name: TITLE }).click();
    const details = page.getByRole('dialog', { name: TITLE });
    await expectVisible(details, 'the details dialog');
    const abstract = details.getByRole('region', { name: 'Abstract' });
    await expectVisible(abstract.getByText('Harmless first paragraph'), 'the abstract text');

    // The relative link resolved against the talk's page, opening in a new tab without an opener.
    const slides = abstract.getByRole('link', { name: 'the slides' });
    expect(await slides.getAttribute('href')).toBe(
      'https://hostile.example/2026/schedule/event/script-in-abstract/slides/',
    );
    expect(await slides.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await slides.getAttribute('target')).toBe('_blank');
    // The javascript: link keeps its words and loses its address: clicking it goes nowhere.
    expect(await abstract.getByRole('link', { name: 'this link' }).count()).toBe(0);
    await abstract.getByText('this link').click();
    await abstract.getByText('Click').click();

    expect(
      await abstract.locator('script, img, svg, iframe, style, [style], [onclick]').count(),
    ).toBe(0);
    // Give a remote load or a late handler time to happen before proving it did not.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => 'hostileRan' in window)).toBe(false);
    expect(dialogs).toEqual([]);
    expect(remoteRequests).toEqual([]);
    // The sanitiser parses the source in an inert document; the browser reports the inline
    // handlers and styles it meets there as blocked. Nothing else: no remote URL, no Trusted Types.
    for (const violation of await violations()) {
      expect(violation).toMatch(/^(script-src-attr|style-src-attr|style-src-elem) inline$/);
    }
    expect(
      consoleErrors.filter((text) => !/Content Security Policy.*has been blocked/.test(text)),
    ).toEqual([]);
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  },
);
