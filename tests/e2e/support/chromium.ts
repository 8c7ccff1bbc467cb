import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless CHROME_PATH names another; the tests never download a browser. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The one line a person without Chromium sees, saying how to get it. */
export const missingChromiumMessage = (path: string): string =>
  `Chromium not found at ${path}: install it with \`sudo apt-get install -y chromium\` or set CHROME_PATH`;

/** Whether the browser binary is there at all, checked before building anything. */
export const chromiumIsInstalled = (): boolean => existsSync(chromiumPath);

/** Launches the local Chromium; `extraArgs` add switches for one journey (e.g. host mapping). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!chromiumIsInstalled()) throw new Error(missingChromiumMessage(chromiumPath));
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...extraArgs],
  });
}
