import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless CHROME_PATH names another; nothing here ever downloads a browser. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The switches of every headless run: no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The one line a person without Chromium sees, saying how to get it. */
export const missingChromiumMessage = (path: string): string =>
  `Chromium not found at ${path}: install it with \`sudo apt-get install -y chromium\` or set CHROME_PATH`;

/** Whether the browser binary is there at all, checked before building anything. */
export const chromiumIsInstalled = (): boolean => existsSync(chromiumPath());

/** Launches the local Chromium; `extraArgs` add switches for one run (e.g. host mapping). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!chromiumIsInstalled()) throw new Error(missingChromiumMessage(chromiumPath()));
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}
