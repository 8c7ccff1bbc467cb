import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The name of the app's Trusted Types policy, which lets only the service worker's script through. */
export const TRUSTED_TYPES_POLICY = 'default';

/** DOMPurify's own policy: it wraps only what DOMPurify parses inertly or has just sanitised. */
export const SANITISER_POLICY = 'dompurify';

/**
 * What the built page may load and run: only its own files, nothing inline, no plugins, no
 * `<base>`, no forms; strings reach script sinks only through the Trusted Types policy in
 * src/app/trusted-types.ts, and abstracts' HTML only as DOMPurify's sanitised TrustedHTML. Headers a meta tag cannot carry are listed in the README.
 * The first screen drawn at build time places its cards with `style` attributes: exactly those,
 * by hash, may apply (`style-src-attr`); the running app sets styles through the DOM, which CSP allows.
 *
 * @example contentSecurityPolicyFor(['grid-row:2']) // "default-src 'self'; … style-src-attr 'unsafe-hashes' 'sha256-…'; …"
 */
export function contentSecurityPolicyFor(styleAttributes: readonly string[] = []): string {
  const hashes = [...new Set(styleAttributes)].map(
    (value) => `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ...(hashes.length > 0 ? [`style-src-attr 'unsafe-hashes' ${hashes.join(' ')}`] : []),
    "img-src 'self' data:",
    "font-src 'self'",
    // "Schedule URL" fetches a conference's feed from its own site; what arrives is read, never run.
    "connect-src 'self' https:",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICY} ${SANITISER_POLICY}`,
  ].join('; ');
}

/** The policy of a page with no style attributes; the built page adds its first screen's by hash. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor();

const HTML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * The values of the `style` attributes in a page, as the browser reads them (entities decoded),
 * which is what CSP hashes.
 *
 * @example styleAttributesOf('<div style="grid-row:2 / 3"></div>') // ["grid-row:2 / 3"]
 */
export function styleAttributesOf(html: string): string[] {
  return [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value = '']) =>
    value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => HTML_ENTITIES[entity] ?? entity),
  );
}

/**
 * Puts the policy in the built page's head, right after the charset and before any script or
 * sheet. Only on build: the development server's hot reload injects inline scripts that a strict
 * policy would rightly refuse.
 */
export function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to follow`);
        const policy = contentSecurityPolicyFor(styleAttributesOf(html));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.replace(charset, `${charset}\n    ${meta}`);
      },
    },
  };
}
