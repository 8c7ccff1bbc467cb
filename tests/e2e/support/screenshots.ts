import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ignoredDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
const docsDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** The pictures shown in the README; `npm run screenshots` refreshes them. */
export type DocsScreenshot = 'desktop' | 'phone' | 'dark' | 'plan' | 'shared';

/** Saves a screenshot to the ignored folder, so every run leaves a picture to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ignoredDir, { recursive: true });
  const path = `${ignoredDir}${name}.png`;
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

/** Saves one of the README pair; copies it into docs/ only when asked (UPDATE_DOCS_SCREENSHOTS=1). */
export async function saveDocsScreenshot(page: Page, name: DocsScreenshot): Promise<void> {
  const path = await saveScreenshot(page, name);
  if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
  await mkdir(docsDir, { recursive: true });
  await copyFile(path, `${docsDir}${name}.png`);
}
