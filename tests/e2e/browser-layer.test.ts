import { expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { unavailable } from './support/browser';

// The one test that explains, in a single line, why the journeys were skipped.
test('the browser layer has Chromium and the built app', async () => {
  if (unavailable !== null) {
    const error = new Error(unavailable);
    error.stack = unavailable;
    throw error;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const response = await page.goto(inject('baseURL'));
    expect(response?.status(), 'the served app answers').toBe(200);
    expect(await page.title(), 'the built page has a title').not.toBe('');
  } finally {
    await browser.close();
  }
});
