import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { pageScrollWidth } from './support/app';
import {
  desktop,
  journey,
  phone,
  phoneContext,
  unavailable,
  useBrowser,
  waitUntilLive,
} from './support/browser';
import { buildApp, serveBuiltApp } from './support/global-setup';
import { saveScreenshot } from './support/screenshots';

const browser = useBrowser();

const SOURCE = 'tests/fixtures/schedules/frab-xml/fosdem-2026.xml';
const DATA = 'dist-e2e-fosdem-data/fosdem-2026.json';
const OUT = 'dist-e2e-fosdem';

let server: PreviewServer | undefined;
let baseURL = '';
let rooms: string[] = [];

beforeAll(async () => {
  if (unavailable !== null) return;
  mkdirSync(dirname(DATA), { recursive: true });
  execFileSync('npx', ['tsx', 'scripts/import-schedule.ts', SOURCE, '--out', DATA], {
    stdio: 'ignore',
  });
  rooms = (JSON.parse(readFileSync(DATA, 'utf8')) as { conference: { columns: string[] } })
    .conference.columns;
  await buildApp(OUT, DATA);
  ({ server, baseURL } = await serveBuiltApp(OUT));
}, 240_000);

afterAll(async () => {
  await server?.close();
});

/** Milliseconds from choosing a day's tab until its last card is on screen. */
async function timeDay(page: Page, day: RegExp): Promise<number> {
  const started = Date.now();
  await page.getByRole('tab', { name: day }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /talks on/ })
    .waitFor();
  await page.getByRole('article').last().waitFor({ state: 'visible' });
  return Date.now() - started;
}

journey(
  'FOSDEM 2026 on a laptop: 37 rooms, headers and axis stay in view both ways',
  async () => {
    const { page } = await browser.openApp({ url: 'about:blank', viewport: desktop });
    await page.goto(baseURL);
    await page.getByRole('article').first().waitFor({ timeout: 30_000 });
    await waitUntilLive(page); // a day tab pressed before hydration would do nothing
    const sunday = await timeDay(page, /Sun/);
    const saturday = await timeDay(page, /Sat/);
    console.log(`FOSDEM day shown in ${saturday} ms (Saturday), ${sunday} ms (Sunday)`);
    const count = await page.getByRole('article').count();
    console.log(`Saturday articles: ${count}`);
    await saveScreenshot(page, 'fosdem-desktop');

    const state = await page
      .getByRole('article')
      .first()
      .evaluate(async (element, rooms) => {
        let frame = element.parentElement;
        while (frame && getComputedStyle(frame).overflowX !== 'auto') frame = frame.parentElement;
        if (!frame) throw new Error('no scrolling frame around the talks');
        frame.scrollLeft = frame.scrollWidth;
        frame.scrollTop = frame.scrollHeight / 2;
        window.scrollTo(0, document.body.scrollHeight / 2);
        // A big day draws the labels near the view too: let it catch up with the scroll.
        for (let frames = 0; frames < 10; frames += 1) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const box = frame.getBoundingClientRect();
        const hidden = Array.from(frame.querySelectorAll('[aria-hidden="true"]'));
        const timeLabel = hidden.find((el) => /^\d{1,2}:\d{2}/.test(el.textContent ?? ''));
        // A room header in the part of the frame now shown, at the far right.
        const header = hidden.find((el) => {
          const { left, right } = el.getBoundingClientRect();
          return rooms.includes(el.textContent ?? '') && left >= box.left && right <= box.right;
        });
        return {
          scrollsSideways: frame.scrollWidth > frame.clientWidth,
          axisLeft: timeLabel?.getBoundingClientRect().left ?? NaN,
          headerTop: header?.getBoundingClientRect().top ?? NaN,
          frameLeft: Math.max(box.left, 0),
          frameTop: Math.max(box.top, 0),
        };
      }, rooms);
    console.log(JSON.stringify(state));
    await saveScreenshot(page, 'fosdem-desktop-scrolled');
    expect(state.scrollsSideways).toBe(true);
    expect(Math.abs(state.axisLeft - state.frameLeft)).toBeLessThan(20);
    expect(Math.abs(state.headerTop - state.frameTop)).toBeLessThan(20);
  },
  120_000,
);

journey(
  'FOSDEM 2026 on a phone: the day opens as a list',
  async () => {
    const { page } = await browser.openApp({ url: 'about:blank', ...phoneContext });
    await page.goto(baseURL);
    await page.getByRole('article').first().waitFor({ timeout: 30_000 });
    await waitUntilLive(page); // a day tab pressed before hydration would do nothing
    const saturday = await timeDay(page, /Sat/);
    console.log(`FOSDEM Saturday on a phone in ${saturday} ms`);
    expect(await pageScrollWidth(page), 'nothing scrolls sideways').toBeLessThanOrEqual(
      phone.width,
    );
    await saveScreenshot(page, 'fosdem-phone');
  },
  120_000,
);
