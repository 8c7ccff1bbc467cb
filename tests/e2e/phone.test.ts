import { expect } from 'vitest';
import { expectPressed, pageScrollWidth, showDay, starOf, talk, titles } from './support/app';
import { phone, phoneContext, journey, useBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { talksOn } from './support/schedule';

const browser = useBrowser();

journey('phone: a list per day at 390×844, nothing scrolls sideways, a star works', async () => {
  const { page } = await browser.openApp(phoneContext);
  await showDay(page, 'Mon 6 Nov');

  // A list: each Monday talk in time order, below the previous one, inside the screen's width.
  const boxes = [];
  for (const { title } of talksOn('2023-11-06').toSorted((a, b) =>
    a.start.localeCompare(b.start),
  )) {
    const box = await talk(page, title).boundingBox();
    expect(box, `"${title}" is laid out`).not.toBeNull();
    if (box) boxes.push({ title, ...box });
  }
  for (const [index, box] of boxes.entries()) {
    expect(box.x, `"${box.title}" starts inside the screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `"${box.title}" ends inside the screen`).toBeLessThanOrEqual(
      phone.width,
    );
    const previous = boxes[index - 1];
    if (previous) {
      expect(box.y, `"${box.title}" sits below "${previous.title}"`).toBeGreaterThanOrEqual(
        previous.y + previous.height - 1,
      );
    }
  }
  expect(await pageScrollWidth(page), 'page width at 390 px').toBeLessThanOrEqual(phone.width);

  // Every star stays clickable: a trial click fails if anything covers it.
  for (const { title } of boxes) await starOf(talk(page, title)).click({ trial: true });
  // The last day's tab is reachable too, even if the tab strip is wider than the screen.
  await showDay(page, 'Thu 9 Nov');
  await talk(page, titles.contribfest).waitFor({ state: 'visible' });
  await showDay(page, 'Mon 6 Nov');

  const star = starOf(talk(page, titles.lightning));
  await star.tap();
  await expectPressed(star, true, 'the lightning talk star after a tap');
  await saveScreenshot(page, 'phone-monday');
});
