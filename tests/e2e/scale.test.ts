import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { days, dayTab, starOf } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

const FOSDEM = resolve(process.cwd(), 'tests/fixtures/schedules/frab-xml/fosdem-2026.xml');

/** The number in the day's status line, "550 talks on Sat 31 Jan". */
async function talksOnDay(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: / talks? on / });
  return Number(/(\d+) talks? on/.exec((await status.textContent()) ?? '')?.[1]);
}

async function openFosdem(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open a schedule', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Open a schedule' })
    .getByLabel('Schedule file', { exact: true })
    .setInputFiles(FOSDEM);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
    .toBe('FOSDEM 2026');
}

const article = (page: Page, title: string): Locator =>
  page.getByRole('article', { name: title, exact: true });

journey(
  'each bundled day has every one of its talks in the page at once, on screen or not',
  async () => {
    const { page } = await browser.openApp();
    let total = 0;
    for (const day of days) {
      await dayTab(page, day).click();
      const count = await talksOnDay(page);
      await expect.poll(() => page.getByRole('article').count()).toBe(count);
      total += count;
    }
    // The seed post lists 25 Cilium talks over the four days.
    expect(total).toBe(25);
  },
);

/**
 * Scrolls the day's frame as a person would, a screen at a time from the start, until a room's
 * column and then a time's row are labelled (labels far from the view are not drawn either), and
 * leaves them at its top-left corner, the frame itself at the top of the page.
 */
async function scrollFrameTo(page: Page, room: string, time: string): Promise<void> {
  await page
    .getByRole('article')
    .first()
    .evaluate(
      async (element, [roomName, clock]) => {
        let frame = element.parentElement;
        while (frame && getComputedStyle(frame).overflowX !== 'auto') frame = frame.parentElement;
        if (!frame) throw new Error('no scrolling frame around the talks');
        const scroller = frame;
        window.scrollTo(0, window.scrollY + scroller.getBoundingClientRect().top);
        const label = (text: string) =>
          Array.from(scroller.querySelectorAll<HTMLElement>('[aria-hidden="true"]')).find(
            (el) => el.textContent === text,
          );
        const frames = (n: number) =>
          new Promise<void>((done) => {
            const next = (left: number) =>
              left === 0 ? done() : requestAnimationFrame(() => setTimeout(() => next(left - 1)));
            next(n);
          });
        const find = async (text: string, axis: 'left' | 'top') => {
          scroller.scrollTo({ [axis]: 0 });
          const size = axis === 'left' ? 'clientWidth' : 'clientHeight';
          for (let step = 0; step < 100; step++) {
            await frames(3);
            const found = label(text);
            if (found) return found;
            scroller.scrollBy({ [axis]: scroller[size] * 0.8 });
          }
          throw new Error(`no label ${text} however far the frame scrolls`);
        };
        const header = await find(roomName, 'left');
        // Clear of the stuck time axis (5.5rem) and the stuck room headers.
        scroller.scrollTo({ left: header.offsetLeft - 100 });
        const row = await find(clock, 'top');
        scroller.scrollTo({ top: row.offsetTop - 60 });
        await frames(3);
      },
      [room, time] as const,
    );
}

journey(
  'FOSDEM opened: its 550-talk Saturday draws the talks near the view, and a far one comes back when scrolled, tabbed or starred to',
  async () => {
    const { page } = await browser.openApp();
    await openFosdem(page);
    // <day index="1" date="2026-01-31"> holds 550 <event>s in the raw file.
    expect(await talksOnDay(page)).toBe(550);
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.getByRole('article').count()).toBeLessThan(550);

    // The far right: UA4.222 is the day's last <room>; its last event is at 12:00.
    const farRight = article(page, 'Raw video, colour grading, video processing');
    expect(await farRight.count()).toBe(0);
    await scrollFrameTo(page, 'UA4.222', '12:00 PM');
    await expect.poll(() => starOf(farRight).isVisible()).toBe(true);
    const box = await starOf(farRight).boundingBox();
    expect(box && box.x + box.width <= 1366 && box.y + box.height <= 900).toBe(true);

    // In time order "Kick off browser and web platform devroom" (10:35–10:45 in H.1309, 12th
    // room) is followed by "Multimodal support in llama.cpp…" (10:35–10:55 in UD2.120, 30th).
    const kickOff = article(page, 'Kick off browser and web platform devroom');
    const next = article(
      page,
      'Multimodal support in llama.cpp - Achievements and Future Directions',
    );
    await scrollFrameTo(page, 'H.1309 (Van Rijn)', '10:35 AM');
    await expect.poll(() => kickOff.count()).toBe(1);
    expect(await next.count(), 'the next talk is 18 rooms to the right, not drawn').toBe(0);
    await starOf(kickOff).focus();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => next.getByRole('link').evaluate((el) => el === document.activeElement))
      .toBe(true);

    // Both 12:35 in the raw file: Suricata 8 (0:20, H.1302, 10th room) and GNU Algol 68 (0:25,
    // UD6.215, 36th room), 26 rooms apart.
    const suricata = article(
      page,
      'Suricata 8 - shaping the future of network detection and prevention',
    );
    const algol = article(page, 'GNU Algol 68 on baremetal');
    for (const [card, room] of [
      [suricata, 'H.1302 (Depage)'],
      [algol, 'UD6.215'],
    ] as const) {
      await scrollFrameTo(page, room, '12:35 PM');
      await starOf(card).press('Enter');
      await expect.poll(() => starOf(card).getAttribute('aria-pressed')).toBe('true');
    }
    await expect
      .poll(() => algol.textContent())
      .toContain(
        'Overlaps with Suricata 8 - shaping the future of network detection and prevention by 20 min',
      );
    await scrollFrameTo(page, 'H.1302 (Depage)', '12:35 PM');
    await expect
      .poll(() => suricata.textContent())
      .toContain('Overlaps with GNU Algol 68 on baremetal by 20 min');
  },
  240_000,
);
