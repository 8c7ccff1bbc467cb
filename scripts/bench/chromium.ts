import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless CHROME_PATH names another; never a downloaded browser. */
export const chromePath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every headless run of this project uses. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROME_FLAGS.filter((flag) => flag !== '--headless'),
  });
}
