import { expectVisible, showDay, talk, titles } from './support/app';
import { journey, useBrowser } from './support/browser';

const browser = useBrowser();

/** "9:15 – 9:40 AM" or "9:15 AM – 9:40 AM": Intl may drop a repeated day period from a range. */
const timeRange = (start: string, end: string) =>
  new RegExp(`${start}(\\s*[AP]M)?\\s*[–-]\\s*${end.replace(' ', '\\s*')}`);

journey(
  'another time zone: a browser in Asia/Tokyo still shows conference times by default',
  async () => {
    const { page } = await browser.openApp({ timezoneId: 'Asia/Tokyo' });
    await showDay(page, 'Mon 6 Nov');
    await expectVisible(
      talk(page, titles.adobe).getByText(timeRange('9:15', '9:40 AM')),
      'the first talk at 9:15 AM',
    );
    await expectVisible(
      talk(page, titles.lightning).getByText(timeRange('12:10', '12:15 PM')),
      'the lightning talk at 12:10 PM',
    );
    // Visible ones only: a print-only line names the zone too.
    await expectVisible(
      page.getByText(/Chicago|Central|CST/).filter({ visible: true }),
      'a label naming conference time',
    );
  },
);
