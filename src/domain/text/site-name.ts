/**
 * The site a talk's page is on, as a person names it: the last two labels of its host, so
 * `colocatedeventsna2023.sched.com` reads "sched.com". Null for an address that does not parse.
 *
 * @example siteName('https://pretalx.com/denog16/talk/ABC/') // "pretalx.com"
 */
export function siteName(url: string): string | null {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return null;
  }
  return hostname.split('.').slice(-2).join('.') || null;
}
