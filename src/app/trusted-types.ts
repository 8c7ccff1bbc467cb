// The policy's name is the one the page's Content-Security-Policy allows (config/content-security-policy.ts).
const POLICY_NAME = 'default';

/** Where the service worker's script is served, relative to the page. */
const SERVICE_WORKER_PATH = 'sw.js';

/** The built schedule reader's worker script, as Vite names it in the page's own assets. */
const IMPORT_WORKER_PATH = /^assets\/import\.worker-[\w-]+\.js$/;

function isOwnWorkerScript(url: string): boolean {
  const resolved = new URL(url, document.baseURI);
  const base = new URL('.', document.baseURI);
  if (resolved.origin !== base.origin || !resolved.pathname.startsWith(base.pathname)) return false;
  const path = resolved.pathname.slice(base.pathname.length);
  return path === SERVICE_WORKER_PATH || IMPORT_WORKER_PATH.test(path);
}

/**
 * Under Trusted Types, strings reach script sinks only through a policy. The app's own code writes
 * no HTML; the sinks it uses are its two workers (the service worker and the schedule reader), so only
 * their URLs pass and everything else (HTML, scripts, other script URLs) throws.
 */
export function allowOnlyOwnWorkers(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy(POLICY_NAME, {
    createScriptURL: (url: string) => {
      if (!isOwnWorkerScript(url)) throw new TypeError(`Script URL refused: ${url}`);
      return url;
    },
  });
}

interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => unknown;
}
