import { plainHttpProblem } from '@/domain/import/plain-http-problem';

/** The text at a schedule feed, or a plain sentence saying why the browser could not fetch it. */
export type FetchedSchedule = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const DOWNLOAD_INSTEAD =
  'Download the file with your browser, then open it here with "Schedule file".';

/**
 * Fetches a schedule from its site with the browser. A site that does not allow other pages to
 * read it (CORS) or a network that is down both surface as a TypeError, which is said plainly;
 * a plain http: address the page's policy refuses is not tried at all.
 *
 * @example await fetchScheduleText('https://fosdem.org/2026/schedule/xml', fetch, location.origin)
 */
export async function fetchScheduleText(
  url: string,
  fetchImpl: typeof fetch,
  pageOrigin: string,
): Promise<FetchedSchedule> {
  const refused = plainHttpProblem(url, pageOrigin);
  if (refused) return { ok: false, message: refused };
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return {
      ok: false,
      message: `The browser could not fetch ${url}: the site does not allow other pages to read it (CORS), or the network is down. ${DOWNLOAD_INSTEAD}`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      message:
        `${url} answered ${response.status} ${response.statusText}`.trim() +
        `. ${DOWNLOAD_INSTEAD}`,
    };
  }
  return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
}
