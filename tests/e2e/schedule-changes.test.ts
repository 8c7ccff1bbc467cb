import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { exportButton, expectVisible, titles } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

const tutorialId = '1R2on';

journey(
  'what changed: a plan last seen against an older release names the moved and cancelled picks, and the .ics updates them',
  async () => {
    const { context, page: firstVisit } = await browser.openApp();
    // The snapshot of what was seen is written once its code has loaded after the first paint.
    await expect
      .poll(
        () =>
          firstVisit.evaluate(() =>
            Object.keys(localStorage).find((key) => key.includes(':seen-schedule:')),
          ),
        { timeout: 15_000 },
      )
      .toBeDefined();
    const seenKey = await firstVisit.evaluate(() =>
      Object.keys(localStorage).find((key) => key.includes(':seen-schedule:')),
    );
    // Closed, so that its later writes (the snapshot is taken again when the abstracts arrive)
    // cannot overwrite the older release's snapshot written below.
    await firstVisit.close();
    // What an older release had: the tutorial on Wednesday morning, and a talk since cancelled.
    await context.addInitScript(
      ({ id, key }) => {
        if (sessionStorage.getItem('older-release-written')) return;
        sessionStorage.setItem('older-release-written', 'yes');
        const talks = [
          {
            id,
            start: '2023-11-08T09:00:00-06:00',
            end: '2023-11-08T10:30:00-06:00',
            room: null,
            column: 'CiliumCon',
            title: 'Tutorial',
          },
          {
            id: 'gone1',
            start: '2023-11-06T13:00:00-06:00',
            end: '2023-11-06T13:30:00-06:00',
            room: null,
            column: 'CiliumCon',
            title: 'A Talk Since Cancelled',
          },
        ];
        localStorage.setItem(
          key,
          JSON.stringify({ version: 1, state: { talks, revisions: {}, cancelled: [] } }),
        );
        localStorage.setItem(
          'kubecon-planner:plan',
          JSON.stringify({ version: 3, state: { starred: [id, 'gone1'] } }),
        );
      },
      { id: tutorialId, key: seenKey! },
    );
    const page = await browser.openTab(context);

    await expectVisible(
      page.getByText(
        /Demystifying Cilium.* moved from Wed 9:00\s–\s10:30\sAM to Tue 4:30\s–\s6:00\sPM/,
      ),
      'the tutorial named with its old and new time',
    );
    await expectVisible(
      page.getByText(/“A Talk Since Cancelled”.*was cancelled/),
      'the cancelled pick named on screen',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportButton(page).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const events = text.split('BEGIN:VEVENT').slice(1);
    const tutorial = events.find((event) =>
      event.includes(`SUMMARY:${titles.tutorial.slice(0, 40)}`),
    );
    const cancelled = events.find((event) => event.includes('SUMMARY:A Talk Since Cancelled'));
    expect(tutorial, 'the tutorial in the .ics').toBeDefined();
    expect(tutorial).toMatch(/\r\nSEQUENCE:1\r\n/);
    expect(cancelled, 'the cancelled pick in the .ics').toMatch(/\r\nSTATUS:CANCELLED\r\n/);
  },
);
