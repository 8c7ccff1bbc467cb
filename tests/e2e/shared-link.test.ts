import { expect } from 'vitest';
import { dayTab, expectVisible, starTalk, talk, titles } from './support/app';
import { journey, phoneContext, useBrowser } from './support/browser';
import { saveScreenshot } from './support/screenshots';

const browser = useBrowser();

journey(
  'a shared link opens on its first talk’s day and flags the clash between the shared talks',
  async () => {
    const sender = await browser.openApp({ permissions: ['clipboard-read', 'clipboard-write'] });
    // Both on Tuesday, overlapping 5:25–6:00 PM in the schedule file.
    await starTalk(sender.page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(sender.page, 'Tue 7 Nov', titles.serviceMesh);
    await sender.page.getByRole('button', { name: 'Share plan', exact: true }).click();
    const link = await sender.page
      .getByRole('textbox', { name: 'Share link', exact: true })
      .inputValue();

    const { page } = await browser.openApp({ ...phoneContext, url: link });
    const shared = page.getByRole('region', { name: 'Shared plan' });
    await expectVisible(shared, 'the shared plan');
    expect(await dayTab(page, 'Tue 7 Nov').getAttribute('aria-selected')).toBe('true');
    await expectVisible(talk(page, titles.tutorial), 'the tutorial in the schedule below');
    const rows = shared.getByRole('listitem');
    await expectVisible(
      rows.filter({ hasText: titles.tutorial }).getByText(`Overlaps with ${titles.serviceMesh}`),
      'the clash on the tutorial’s row',
    );
    await expectVisible(
      rows.filter({ hasText: titles.serviceMesh }).getByText(`Overlaps with ${titles.tutorial}`),
      'the clash on the panel’s row',
    );
    await expectVisible(shared.getByText(/1 clash between them/), 'the clash counted');
    await saveScreenshot(page, 'shared-link-day');
  },
);
