// The policy's name is the one the page's Content-Security-Policy allows (config/content-security-policy.ts).
const POLICY_NAME = 'default';

/** Where the service worker's script is served, relative to the page: the only script URL let through. */
const SERVICE_WORKER_PATH = 'sw.js';

/**
 * Under Trusted Types, strings reach script sinks only through a policy. The app's own code writes
 * no HTML; the one sink it uses is the service worker's registration, so only that URL passes and
 * everything else (HTML, scripts, other script URLs) throws.
 */
export function allowOnlyTheServiceWorker(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy(POLICY_NAME, {
    createScriptURL: (url: string) => {
      const resolved = new URL(url, document.baseURI);
      const expected = new URL(SERVICE_WORKER_PATH, document.baseURI);
      if (resolved.href !== expected.href) throw new TypeError(`Script URL refused: ${url}`);
      return url;
    },
  });
}

interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => unknown;
}
