/** A schedule address as pasted, resolved to the feed the planner can open, or a plain problem. */
export type FeedUrl = { kind: 'feed'; url: string } | { kind: 'problem'; message: string };

// A feed already named by its file stays as it is, whichever site serves it.
const FEED_FILE = /\.(xml|json|ics)$|\/schedule\/xml$/i;

function pretalxEvent(url: URL): string | null {
  const [event, second] = url.pathname.split('/').filter(Boolean);
  if (!event) return null;
  // pretalx serves events under /<event>/; other hosts show it by a /<event>/schedule page.
  if (url.hostname.includes('pretalx') || second === 'schedule') return event;
  return null;
}

/**
 * The schedule feed behind an address people paste: a pretalx event page gives its frab XML
 * export, any page of a Sched site its `all.ics`, a FOSDEM year page its schedule XML. Any other
 * http(s) address is fetched as it is.
 *
 * @example feedUrl('https://pretalx.com/pycon-au-2025/talk/') // { kind: 'feed', url: 'https://pretalx.com/pycon-au-2025/schedule/export/schedule.xml' }
 */
export function feedUrl(pasted: string): FeedUrl {
  let url: URL;
  try {
    url = new URL(pasted.trim());
  } catch {
    return {
      kind: 'problem',
      message: 'That is not a web address: it should start with https://.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'problem', message: 'Only http and https addresses can be loaded.' };
  }
  const feed = (path: string) => ({ kind: 'feed' as const, url: new URL(path, url.origin).href });
  if (FEED_FILE.test(url.pathname)) return { kind: 'feed', url: url.href };
  if (url.hostname.endsWith('.sched.com')) return feed('/all.ics');
  const fosdemYear = /^\/(\d{4})(\/|$)/.exec(url.pathname)?.[1];
  if (url.hostname.replace(/^www\./, '') === 'fosdem.org' && fosdemYear) {
    return feed(`/${fosdemYear}/schedule/xml`);
  }
  const event = pretalxEvent(url);
  if (event) return feed(`/${event}/schedule/export/schedule.xml`);
  return { kind: 'feed', url: url.href };
}
