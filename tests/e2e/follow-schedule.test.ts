import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { cancelled, DENOG16_PATH, denog16Version2, moved } from '../helpers/denog16-versions';
import { expectVisible, exportButton, myPlan, searchBox, starOf } from './support/app';
import { gotoApp, journey, phoneContext, unavailable, useBrowser } from './support/browser';
import { parseCalendar } from './support/calendar';
import { collectCspViolations } from './support/csp-violations';
import { saveScreenshot } from './support/screenshots';
import { serveSchedule } from './support/served-schedules';

const browser = useBrowser();

let version1 = '';
let version2 = '';

beforeAll(async () => {
  version1 = await readFile(resolve('tests/fixtures/schedules', DENOG16_PATH), 'utf8');
  version2 = denog16Version2(version1);
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function expectHeading(page: Page, name: string): Promise<void> {
  await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toBe(name);
}

async function loadFromUrl(page: Page, url: string): Promise<void> {
  await page.getByRole('button', { name: 'Open a schedule', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a schedule' });
  await dialog.getByRole('textbox', { name: 'Schedule URL', exact: true }).fill(url);
  await dialog.getByRole('button', { name: 'Load', exact: true }).click();
}

async function star(page: Page, title: string): Promise<void> {
  await searchBox(page).fill(title);
  const toggle = starOf(page.getByRole('article', { name: title, exact: true }).first());
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  await searchBox(page).fill('');
}

/** Exports the plan and returns the calendar's raw text. */
async function exportCalendar(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton(page).click()]);
  return readFile(await download.path(), 'utf8');
}

/** The raw lines of the event whose SUMMARY is `title`. */
function eventText(calendar: string, title: string): string {
  const event = calendar
    .split('BEGIN:VEVENT')
    .slice(1)
    .find((text) => text.includes(`\r\nSUMMARY:${title}\r\n`));
  if (!event) throw new Error(`No event "${title}" in the calendar`);
  return event.slice(0, event.indexOf('END:VEVENT'));
}

/** An event's SEQUENCE; absent means 0 (RFC 5545, 3.8.7.4). */
const sequenceOf = (event: string) => Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(event)?.[1] ?? 0);

journey(
  'a schedule opened from its address, then published again: "Check for changes" names the moved and cancelled picks, and the next .ics moves the one with a higher SEQUENCE',
  async () => {
    const url = await serveSchedule('denog16-check.xml', version1);
    const { page } = await browser.openApp();
    await loadFromUrl(page, url);
    await expectHeading(page, 'DENOG16');
    await star(page, moved.title);
    await star(page, cancelled.title);
    const before = await exportCalendar(page);
    expect(parseCalendar(before).find((e) => e.summary === moved.title)).toMatchObject(
      moved.before,
    );

    await serveSchedule('denog16-check.xml', version2);
    await page.getByRole('button', { name: 'Check for changes', exact: true }).click();
    await expectVisible(
      page.getByText('Updated to the latest version: 1 talk moved, 1 cancelled.'),
      'what the check found',
    );
    // 14:00–17:30 and 15:00–18:30 on Sunday 17 November, Berlin time, as the conference shows it.
    await expectVisible(
      page.getByText(
        /“Getting started with Containerlab” moved from Sun 2:00\s–\s5:30\sPM to Sun 3:00\s–\s6:30\sPM\./,
      ),
      'the moved pick named with its old and new time',
    );
    await expectVisible(
      page.getByText(
        /“Learning Grafana Skills for Effective Monitoring” \(Sun 2:30\s–\s5:30\sPM\) was cancelled/,
      ),
      'the cancelled pick named on screen',
    );
    await saveScreenshot(page, 'check-for-changes-laptop');
    // Updated in place: the bundled conference and this one, no second copy.
    expect(
      await page.getByRole('combobox', { name: 'Conference' }).getByRole('option').count(),
    ).toBe(2);

    const after = await exportCalendar(page);
    expect(parseCalendar(after).find((e) => e.summary === moved.title)).toMatchObject(moved.after);
    const movedBefore = eventText(before, moved.title);
    const movedAfter = eventText(after, moved.title);
    expect(/\r\nUID:(.+)\r\n/.exec(movedAfter)?.[1]).toBe(
      /\r\nUID:(.+)\r\n/.exec(movedBefore)?.[1],
    );
    expect(sequenceOf(movedAfter)).toBeGreaterThan(sequenceOf(movedBefore));
    expect(eventText(after, cancelled.title)).toMatch(/\r\nSTATUS:CANCELLED\r\n/);
  },
);

journey(
  'the app checks a conference opened from its address on its own, once the hour is up',
  async () => {
    const url = await serveSchedule('denog16-auto.xml', version1);
    const { page } = await browser.openApp();
    await loadFromUrl(page, url);
    await expectHeading(page, 'DENOG16');
    await star(page, moved.title);
    await serveSchedule('denog16-auto.xml', version2);
    // Opening it counted as a look: a reload within the hour does not fetch it again.
    await page.reload();
    await expectHeading(page, 'DENOG16');
    await page.waitForTimeout(1_000);
    expect(await page.getByText(/moved from/).count()).toBe(0);
    // The last look two hours ago: the next load looks again, with no button pressed.
    await page.evaluate(
      ({ key, address }) =>
        localStorage.setItem(key, JSON.stringify({ [address]: Date.now() - 2 * 60 * 60 * 1000 })),
      { key: 'kubecon-planner:schedule-checked', address: url },
    );
    await page.reload();
    await expectVisible(
      page.getByText(/“Getting started with Containerlab” moved from Sun 2:00\s–\s5:30\sPM/),
      'the moved pick, found by the check made on opening',
    );
  },
);

journey('?schedule=<address> opens the schedule at that address directly', async () => {
  const url = await serveSchedule('denog16-link.xml', version1);
  const { page } = await browser.openApp({
    url: `${browser.baseURL}?schedule=${encodeURIComponent(url)}`,
  });
  await expectHeading(page, 'DENOG16');
  await expectVisible(
    page.getByRole('article', { name: moved.title, exact: true }),
    'a talk of the schedule opened',
  );
});

journey('a schedule file dropped on the page opens', async () => {
  const { page } = await browser.openApp();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'denog16.xml', { type: 'application/xml' }));
    return transfer;
  }, version1);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expectHeading(page, 'DENOG16');
  await expectVisible(
    page.getByRole('article', { name: moved.title, exact: true }),
    'a talk of the dropped file',
  );
});

let plainServer: Server | undefined;
let plainRequests = 0;
let plainUrl = '';

beforeAll(async () => {
  if (unavailable !== null) return;
  // Another origin over plain http:, serving a real schedule: the page's policy must keep it out.
  plainServer = createServer((_request, response) => {
    plainRequests += 1;
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.end(version1);
  });
  await new Promise<void>((done) => plainServer!.listen(0, '127.0.0.1', done));
  plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/denog16.xml`;
});

afterAll(async () => {
  await new Promise((done) => (plainServer ? plainServer.close(done) : done(undefined)));
});

journey(
  'a plain http: address on another site is refused in plain words, and the browser would block it anyway',
  async () => {
    const { page, context } = await browser.openApp({ url: 'about:blank' });
    const violations = await collectCspViolations(context);
    await gotoApp(page, browser.baseURL);
    const name = await heading(page).textContent();
    await loadFromUrl(page, plainUrl);
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^This address uses http:/);
    expect(await alert.textContent()).toMatch(/download the file with your browser/);
    expect(plainRequests, 'the app did not even try').toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await heading(page).textContent()).toBe(name);

    // What the message says is so: the page's policy refuses the request before it leaves.
    const outcome = await page.evaluate(
      (address) =>
        fetch(address).then(
          () => 'fetched',
          () => 'refused',
        ),
      plainUrl,
    );
    expect(outcome).toBe('refused');
    expect(plainRequests).toBe(0);
    expect(await violations(page)).toEqual([`connect-src ${plainUrl}`]);
  },
);

journey(
  'offline: a schedule opened from its address opens again after a reload with no network',
  async () => {
    const url = await serveSchedule('denog16-offline.xml', version1);
    const { page, context } = await browser.openApp();
    await loadFromUrl(page, url);
    await expectHeading(page, 'DENOG16');
    await star(page, moved.title);
    const worker = await page.evaluate(async () => {
      const active = (await navigator.serviceWorker.ready).active;
      if (active && active.state !== 'activated') {
        await new Promise((done) => active.addEventListener('statechange', done));
      }
      return active?.state;
    });
    expect(worker, 'the service worker is active').toBe('activated');

    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, 'DENOG16');
    const article = page.getByRole('article', { name: moved.title, exact: true }).first();
    await expect.poll(() => starOf(article).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByText(/Could not check for changes/).count()).toBe(0);
  },
);

journey(
  'between rooms: a change with less than the walking time is tight, and the walking time is remembered',
  async () => {
    const url = await serveSchedule('denog16-rooms.xml', version1);
    const { page } = await browser.openApp(phoneContext);
    await loadFromUrl(page, url);
    await expectHeading(page, 'DENOG16');
    await saveScreenshot(page, 'check-for-changes-phone');
    // Workshop 11 until 14:00, then Workshop 10 from 14:00 in the raw file.
    await star(page, 'Introduction to BGP for networks who peer');
    await star(page, moved.title);
    await myPlan(page).click();
    const note = page
      .getByRole('article', { name: moved.title, exact: true })
      .getByText('Tight: no time to get from Workshop 11 to Workshop 10');
    await expectVisible(note, 'the tight change between the two rooms');
    const walkingTime = page.getByRole('spinbutton', { name: 'Walking time between rooms (min)' });
    expect(await walkingTime.inputValue()).toBe('5');
    await saveScreenshot(page, 'walking-time-phone');
    await walkingTime.fill('0');
    await expect.poll(() => note.count()).toBe(0);
    await page.reload();
    await expectHeading(page, 'DENOG16');
    await myPlan(page).click();
    expect(await walkingTime.inputValue()).toBe('0');
    expect(await page.getByText(/^Tight:/).count()).toBe(0);
  },
);
