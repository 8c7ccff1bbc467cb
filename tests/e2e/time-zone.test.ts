import { expectVisible, showDay, talk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

journey(
  'another time zone: a browser in Asia/Tokyo still shows conference times by default',
  async () => {
    const { page } = await browser.openApp({ timezoneId: 'Asia/Tokyo' });
    await showDay(page, 'Mon 6 Nov');
    await expectVisible(
      talk(page, titles.adobe).getByText(/9:15\s*AM/),
      'the first talk at 9:15 AM',
    );
    await expectVisible(
      talk(page, titles.lightning).getByText(/12:10\s*PM/),
      'the lightning talk at 12:10 PM',
    );
    await expectVisible(page.getByText(/Chicago|Central|CST/), 'a label naming conference time');
  },
);
