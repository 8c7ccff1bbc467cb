import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor, styleAttributesOf } from './content-security-policy';

// Hashes computed apart with `printf '%s' '<value>' | openssl dgst -sha256 -binary | base64`.
const GRID = "'sha256-JAQGGkxl7bac5kYC8LjhV8syhMAgmMRpVGIbdds61+s='";
const EDGE = "'sha256-DG/nmO4RoARH23C+57lfx5e2yxmVkZM+FRfYQovmYVg='";
const QUOTED = "'sha256-SxdO1OyRfwFS74FDBg3+s2iX0mNyLcsrBWoXFqcIDT4='";

describe('the content security policy of a page drawn at build time', () => {
  it('reads style attributes as the browser does, entities decoded', () => {
    const html =
      '<div style="grid-row:2 / 3;grid-column:2 / 3"><p style="content:&quot;a&amp;b&quot;">x</p></div>';
    expect(styleAttributesOf(html)).toEqual(['grid-row:2 / 3;grid-column:2 / 3', 'content:"a&b"']);
  });

  it('lets exactly those style attributes apply, each once, by hash', () => {
    const policy = contentSecurityPolicyFor([
      'grid-row:2 / 3;grid-column:2 / 3',
      '--event-color:var(--event-1)',
      '--event-color:var(--event-1)',
      'content:"a&b"',
    ]);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${GRID} ${EDGE} ${QUOTED};`);
  });

  it('keeps scripts and styles to the page’s own files, with nothing inline', () => {
    const policy = contentSecurityPolicyFor(['grid-row:2 / 3;grid-column:2 / 3']);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('names no style attributes for a page that has none', () => {
    expect(contentSecurityPolicyFor([])).not.toContain('style-src-attr');
  });
});
