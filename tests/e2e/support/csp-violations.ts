import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records every content-security-policy violation in the pages of `context` from before the app's
 * first script runs; call it before opening the page. Each entry is "<directive> <blocked URI>".
 *
 * @example const violations = await collectCspViolations(context); … expect(await violations(page)).toEqual([]);
 */
export async function collectCspViolations(
  context: BrowserContext,
): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return (page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
