import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One piece of JavaScript a browser fetches before the page can start. */
export interface InitialScript {
  /** Path inside the dist folder, or "inline #n" for a script written into the page. */
  file: string;
  gzipBytes: number;
}

export interface InitialJavaScript {
  scripts: InitialScript[];
  totalGzipBytes: number;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/**
 * The JavaScript URLs a built index.html makes the browser fetch at once: every `<script src>`
 * (the entry chunk first) and every `<link rel="modulepreload">`, in document order.
 *
 * @example initialScriptUrls('<script type="module" src="/assets/index.js"></script>') // ['/assets/index.js']
 */
export function initialScriptUrls(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  const urls = tags.flatMap((tag) => {
    if (/^<script/i.test(tag)) return attribute(tag, 'src') ?? [];
    return attribute(tag, 'rel')?.toLowerCase() === 'modulepreload'
      ? (attribute(tag, 'href') ?? [])
      : [];
  });
  return [...new Set(urls)];
}

/** The bodies of `<script>` elements that carry their code inline. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '', body = '']) => !/\ssrc\s*=/i.test(attrs) && body.trim() !== '')
    .filter(([, attrs = '']) => !/type\s*=\s*["']application\/(ld\+)?json["']/i.test(attrs))
    .map(([, , body = '']) => body);
}

/** Size at gzip level 9, the figure the size budget is written in. */
export const gzipSize = (content: string | Buffer): number =>
  gzipSync(content, { level: 9 }).byteLength;

/** Measures the initial JavaScript of a built app: entry chunk, its modulepreloads, inline scripts. */
export function measureInitialJavaScript(distDir: string): InitialJavaScript {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const fromFiles = initialScriptUrls(html)
    .filter((url) => !/^[a-z]+:\/\//i.test(url))
    .map((url) => {
      const file = url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? url;
      return { file, gzipBytes: gzipSize(readFileSync(join(distDir, file))) };
    });
  const fromInline = inlineScripts(html).map((body, i) => ({
    file: `inline #${i + 1}`,
    gzipBytes: gzipSize(body),
  }));
  const scripts = [...fromFiles, ...fromInline];
  return { scripts, totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/** Bytes as KiB with one decimal, e.g. 70555 → "68.9 KiB". */
export const formatKiB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
