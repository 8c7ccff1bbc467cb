/**
 * Why the page may not fetch a schedule at `url`, or null when it may. Its content security policy
 * (config/content-security-policy.ts) lets it fetch from its own origin and from https: addresses,
 * so a plain http: address on another site is refused by the browser before any request is made.
 *
 * @example plainHttpProblem('http://example.org/schedule.xml', 'https://planner.example') // "This address uses http: …"
 * @example plainHttpProblem('https://example.org/schedule.xml', 'https://planner.example') // null
 */
export function plainHttpProblem(url: string, pageOrigin: string): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== 'http:' || target.origin === pageOrigin) return null;
  const secure = new URL(target.href);
  secure.protocol = 'https:';
  return (
    `This address uses http:, and this page may only fetch schedules from https: addresses. ` +
    `If the site also answers at ${secure.href}, paste that address; otherwise download the file ` +
    `with your browser and open it here with "Schedule file".`
  );
}
