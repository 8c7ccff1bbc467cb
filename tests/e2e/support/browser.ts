import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject, test } from 'vitest';
import { launchChromium } from '../../../scripts/chromium';

/** Why the journeys cannot run here, or null; the browser-layer test reports it in one line. */
export const unavailable = inject('unavailable');

/** A journey: a test that needs the browser and the served app, skipped when they are missing. */
export const journey = test.skipIf(unavailable !== null);

/** For journeys that run axe many times: each scan of a full page takes seconds on two cores. */
export const AXE_JOURNEY_TIMEOUT_MS = 180_000;

export const desktop = { width: 1366, height: 900 } as const;
export const phone = { width: 390, height: 844 } as const;

/** Options for a phone-sized context that behaves like a touch phone (meta viewport honoured). */
export const phoneContext: BrowserContextOptions = {
  viewport: phone,
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * Waits until the page is live: the first screen arrives drawn in the HTML, and its controls answer
 * once the code has hydrated it, which the stars show by no longer being disabled.
 */
export async function waitUntilLive(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^Star\b/, disabled: false })
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 });
}

/** Opens the app and waits until its talks are on screen and answer, so no key lands too early. */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('article').first().waitFor({ state: 'visible', timeout: 15_000 });
  await waitUntilLive(page);
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
}

export interface BrowserSession {
  /** Where the built app is served. */
  baseURL: string;
  /** A fresh context (empty storage) with its first page already on the app (or on about:blank). */
  openApp: (options?: BrowserContextOptions & { url?: string }) => Promise<OpenedApp>;
  /** Another page in the same context (a second tab sharing storage), on the app. */
  openTab: (context: BrowserContext, url?: string) => Promise<Page>;
}

/**
 * Launches one Chromium for the test file, a fresh context per `openApp`, and closes both
 * afterwards even when a test fails, so the run always exits. Uncaught page errors fail the test.
 */
export function useBrowser(extraArgs: readonly string[] = []): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const baseURL = inject('baseURL');

  const watch = (page: Page): void => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  };

  beforeAll(async () => {
    if (unavailable === null) browser = await launchChromium(extraArgs);
  });

  afterEach(async () => {
    const errors = pageErrors.splice(0);
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    if (errors.length > 0) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openTab = async (context: BrowserContext, url = baseURL): Promise<Page> => {
    const page = await context.newPage();
    watch(page);
    if (url === 'about:blank') return page;
    await gotoApp(page, url);
    return page;
  };

  const openApp = async ({
    url = baseURL,
    ...options
  }: BrowserContextOptions & { url?: string } = {}): Promise<OpenedApp> => {
    if (!browser) throw new Error('The browser did not start; see the error in beforeAll.');
    const context = await browser.newContext({ viewport: desktop, locale: 'en-US', ...options });
    contexts.push(context);
    // A missing control should fail in seconds, naming what was awaited, not after 30 s.
    context.setDefaultTimeout(5_000);
    context.setDefaultNavigationTimeout(15_000);
    const page = await openTab(context, url);
    return { context, page };
  };

  return { baseURL, openApp, openTab };
}
