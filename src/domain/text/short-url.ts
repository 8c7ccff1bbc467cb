/** Sched serves a talk at `/event/<id>` alone; the title slug after it only lengthens the address. */
const SCHED_EVENT = /^(\/event\/[^/]+)\/.+$/;

/**
 * A talk's address short enough to copy from paper: no scheme, no "www.", no trailing slash, and
 * on Sched no title slug. Null for an address that does not parse or is not on the web.
 *
 * @example shortUrl('https://colocatedeventsna2023.sched.com/event/1Rj0z/from-imagination')
 *   // "colocatedeventsna2023.sched.com/event/1Rj0z"
 * @example shortUrl('https://pretalx.com/denog16/talk/ABC/') // "pretalx.com/denog16/talk/ABC"
 */
export function shortUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.replace(/^www\./, '');
  let path = parsed.pathname;
  if (host === 'sched.com' || host.endsWith('.sched.com')) path = path.replace(SCHED_EVENT, '$1');
  path = path.replace(/\/+$/, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${host}${port}${path}${parsed.search}`;
}
