import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { pageScrollWidth, showDay, starOf, talk } from './support/app';
import { journey, useBrowser } from './support/browser';
import { talksOn } from './support/schedule';

const browser = useBrowser();

const tablet = { width: 700, height: 900 } as const;

interface FrameState {
  scrolls: boolean;
  axisLeft: number;
  headerTop: number;
  frameLeft: number;
  frameTop: number;
}

/**
 * The scrolling frame around the day's grid (the first ancestor of a talk that scrolls
 * sideways), scrolled to `left`/`top`, with where its first time label and event header sit.
 */
const frameAfterScroll = (article: Locator, left: number, top: number): Promise<FrameState> =>
  article.evaluate(
    (element, [scrollLeft, scrollTop]) => {
      let frame = element.parentElement;
      while (frame && getComputedStyle(frame).overflowX !== 'auto') frame = frame.parentElement;
      if (!frame) throw new Error('no scrolling frame around the talks');
      frame.scrollLeft = scrollLeft === -1 ? frame.scrollWidth : scrollLeft;
      frame.scrollTop = scrollTop;
      const hidden = Array.from(frame.querySelectorAll('[aria-hidden="true"]'));
      const timeLabel = hidden.find((el) => /^\d{1,2}:\d{2} [AP]M$/.test(el.textContent ?? ''));
      const header = hidden.find((el) => el.textContent === 'CiliumCon');
      if (!timeLabel || !header) throw new Error('no time label or event header in the frame');
      const box = frame.getBoundingClientRect();
      return {
        scrolls: frame.scrollWidth > frame.clientWidth,
        axisLeft: timeLabel.getBoundingClientRect().left,
        headerTop: header.getBoundingClientRect().top,
        frameLeft: box.left,
        frameTop: box.top,
      };
    },
    [left, top] as const,
  );

journey(
  'large text at tablet width: the grid scrolls sideways in its own frame, axis and headers stay put',
  async () => {
    const { page } = await browser.openApp({ viewport: tablet });
    // A person's larger default text: lanes keep their readable width in rem, so two lanes no longer fit.
    // Set through the CSSOM, which the page's Content-Security-Policy allows, unlike a <style> tag.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '24px'));
    await showDay(page, 'Mon 6 Nov');
    const monday = talksOn('2023-11-06');
    const first = talk(page, monday[0]?.title ?? '');

    await expect.poll(async () => (await frameAfterScroll(first, 0, 0)).scrolls).toBe(true);
    expect(await pageScrollWidth(page), 'the page itself does not scroll sideways').toBe(
      tablet.width,
    );

    const start = await frameAfterScroll(first, 0, 0);
    const scrolled = await frameAfterScroll(first, -1, 400);
    expect(
      Math.abs(scrolled.axisLeft - start.axisLeft),
      'the time axis stays at the left edge',
    ).toBeLessThanOrEqual(1);
    expect(scrolled.axisLeft).toBeGreaterThanOrEqual(scrolled.frameLeft);
    // Just inside the frame's top border.
    expect(
      Math.abs(scrolled.headerTop - scrolled.frameTop),
      'the event headers stay at the top edge',
    ).toBeLessThanOrEqual(2);

    // Every star can still be reached and clicked, whichever lane it sits in.
    for (const { title } of monday) {
      const star = starOf(talk(page, title));
      await star.scrollIntoViewIfNeeded();
      await star.click({ trial: true, timeout: 2_000 });
    }
  },
);
