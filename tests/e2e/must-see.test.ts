import { expectCount, expectVisible, myPlan, starTalk, talk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

journey(
  'must see: a must-see pick survives "Resolve clashes" on the Tuesday clash, and Undo brings the other back',
  async () => {
    const { page } = await browser.openApp();

    await starTalk(page, 'Tue 7 Nov', titles.tutorial);
    await starTalk(page, 'Tue 7 Nov', titles.serviceMesh);
    await talk(page, titles.serviceMesh).getByRole('checkbox', { name: 'Must see' }).check();

    // The header's clash summary leads to My plan, where the clash can be resolved.
    await page.getByRole('button', { name: /\b1 clash\b/ }).click();
    await expectVisible(page.getByRole('tabpanel', { name: 'My plan' }), 'My plan');
    const plan = page.getByRole('tabpanel', { name: 'My plan' });
    await plan.getByRole('button', { name: 'Resolve clashes' }).click();

    const dialog = page.getByRole('dialog', { name: 'Resolve clashes' });
    const dropped = dialog.getByRole('list', { name: 'Picks to drop' });
    await expectCount(dropped.getByRole('listitem'), 1, 'one pick to drop');
    await expectVisible(dropped.getByText(titles.tutorial), 'the tutorial among the picks to drop');
    await dialog.getByRole('button', { name: 'Apply' }).click();

    await expectCount(talk(plan, titles.tutorial), 0, 'the tutorial gone from My plan');
    await expectVisible(talk(plan, titles.serviceMesh), 'the must-see talk still in My plan');
    await expectCount(
      plan.getByRole('button', { name: 'Resolve clashes' }),
      0,
      '"Resolve clashes" once no clash is left',
    );

    await page
      .getByRole('group', { name: 'Plan changes' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expectVisible(talk(plan, titles.tutorial), 'the tutorial back after Undo');
    await expectVisible(
      talk(plan, titles.serviceMesh).getByRole('checkbox', { name: 'Must see', checked: true }),
      'the service mesh talk still marked must see after Undo',
    );

    await page.reload();
    await myPlan(page).click();
    await expectVisible(
      talk(page, titles.serviceMesh).getByRole('checkbox', { name: 'Must see', checked: true }),
      'the must-see mark after a reload',
    );
  },
);
