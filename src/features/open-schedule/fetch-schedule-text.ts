/** The text at a schedule feed, or a plain sentence saying why the browser could not fetch it. */
export type FetchedSchedule = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const DOWNLOAD_INSTEAD =
  'Download the file with your browser, then open it here with "Schedule file".';

/**
 * Fetches a schedule from its site with the browser. A site that does not allow other pages to
 * read it (CORS) or a network that is down both surface as a TypeError, which is said plainly.
 *
 * @example await fetchScheduleText('https://fosdem.org/2026/schedule/xml', fetch)
 */
export async function fetchScheduleText(
  url: string,
  fetchImpl: typeof fetch,
): Promise<FetchedSchedule> {
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
