import {
  expectCount,
  expectPressed,
  expectVisible,
  showDay,
  starOf,
  starTalk,
  talk,
  titles,
} from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const overlapsWith = (title: string) => new RegExp(`Overlaps with[\\s\\S]*${escapeRegExp(title)}`);

journey(
  'plan: clashes flagged but touching talks not, picks survive a reload, a second tab follows',
  async () => {
    const { context, page } = await browser.openApp();

    await starTalk(page, 'Mon 6 Nov', titles.lightning);
    await starTalk(page, 'Mon 6 Nov', titles.tetragon);
    await starTalk(page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
    await expectVisible(
      talk(page, titles.tutorial).getByText(overlapsWith(titles.serviceMesh)),
      `"Overlaps with ${titles.serviceMesh}" on the tutorial`,
    );
    await expectVisible(
      talk(page, titles.serviceMesh).getByText(overlapsWith(titles.tutorial)),
      `"Overlaps with ${titles.tutorial}" on the service mesh talk`,
    );
    // Flags are on screen by now, so their absence on Monday means something.
    await expectVisible(page.getByText(/\b1 clash\b/), 'a summary counting exactly one clash');

    // 12:10-12:15 then 12:15-12:40 merely touch.
    await showDay(page, 'Mon 6 Nov');
    for (const title of [titles.lightning, titles.tetragon]) {
      await expectPressed(starOf(talk(page, title)), true, `"${title}"`);
      await expectCount(
        talk(page, title).getByText(/Overlaps with/),
        0,
        `"${title}" touches its neighbour and must not say "Overlaps with"`,
      );
    }

    await page.reload();
    await showDay(page, 'Tue 7 Nov');
    for (const title of [titles.tutorial, titles.serviceMesh]) {
      await expectPressed(starOf(talk(page, title)), true, `after reload, "${title}"`);
    }
    await showDay(page, 'Mon 6 Nov');
    for (const title of [titles.lightning, titles.tetragon]) {
      await expectPressed(starOf(talk(page, title)), true, `after reload, "${title}"`);
    }

    const secondTab = await browser.openTab(context);
    await showDay(secondTab, 'Mon 6 Nov');
    const adobeStarInSecondTab = starOf(talk(secondTab, titles.adobe));
    await expectPressed(adobeStarInSecondTab, false, 'second tab, before starring in the first');
    await starTalk(page, 'Mon 6 Nov', titles.adobe);
    await expectPressed(adobeStarInSecondTab, true, 'second tab, after starring in the first');
  },
);
