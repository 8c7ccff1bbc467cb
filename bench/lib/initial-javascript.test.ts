import { describe, expect, it } from 'vitest';
import { gzipSize, initialScriptUrls, inlineScripts } from './initial-javascript';

const builtPage = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
    <link rel="manifest" href="/manifest.webmanifest">
    <script id="register-sw" src="/registerSW.js"></script>
    <script type="application/json" id="data">{"a":1}</script>
    <script>window.ready = true;</script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('initialScriptUrls', () => {
  it('lists the entry first, then modulepreloads and other script files, in document order', () => {
    expect(initialScriptUrls(builtPage)).toEqual([
      '/assets/index-abc.js',
      '/assets/react-def.js',
      '/registerSW.js',
    ]);
  });

  it('ignores stylesheets, manifests and icons', () => {
    const page = '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.svg">';
    expect(initialScriptUrls(page)).toEqual([]);
  });

  it('counts a chunk named twice only once', () => {
    const page =
      '<script type="module" src="/a.js"></script><link rel="modulepreload" href="/a.js">';
    expect(initialScriptUrls(page)).toEqual(['/a.js']);
  });
});

describe('inlineScripts', () => {
  it('returns the code of inline scripts but not of data blocks or external scripts', () => {
    expect(inlineScripts(builtPage)).toEqual(['window.ready = true;']);
  });
});

describe('gzipSize', () => {
  it('shrinks repetitive text far below its length', () => {
    const text = 'const a = 1;\n'.repeat(1000);
    expect(gzipSize(text)).toBeGreaterThan(0);
    expect(gzipSize(text)).toBeLessThan(text.length / 20);
  });
});
