import { describe, expect, it } from 'vitest';
import { abstractHtml } from './abstract-html';

const TALK_PAGE = 'https://fosdem.org/2026/schedule/event/abc/';

/** The sanitised abstract as a DOM to query, the way the details show it. */
function render(format: 'html' | 'markdown', source: string, base: string | null = TALK_PAGE) {
  const host = document.createElement('div');
  host.innerHTML = abstractHtml({ format, source }, base) as unknown as string;
  return host;
}

describe('abstractHtml', () => {
  it('keeps paragraphs, lists, emphasis and code', () => {
    const host = render(
      'html',
      '<p>Intro <strong>bold</strong></p><ul><li>one</li></ul><pre><code>x</code></pre>',
    );
    expect(host.innerHTML).toBe(
      '<p>Intro <strong>bold</strong></p><ul><li>one</li></ul><pre><code>x</code></pre>',
    );
  });

  it('drops script elements with their text', () => {
    const host = render('html', '<p>Hi</p><script>window.ran = true</script>');
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toBe('Hi');
  });

  it('drops event handler attributes', () => {
    const host = render('html', '<p onclick="x()" onmouseover="y()">Hi</p><b onerror="z()">b</b>');
    expect(host.innerHTML).toBe('<p>Hi</p><b>b</b>');
  });

  it('loads no remote resource: images, frames, media, objects, sheets and srcset are gone', () => {
    const host = render(
      'html',
      '<img src="https://evil.example/a.png" onerror="alert(1)">' +
        '<picture><source srcset="https://evil.example/b.png"></picture>' +
        '<iframe src="https://evil.example/"></iframe><video src="https://evil.example/v.mp4"></video>' +
        '<audio src="https://evil.example/a.mp3"></audio><object data="https://evil.example/o"></object>' +
        '<embed src="https://evil.example/e"><link rel="stylesheet" href="https://evil.example/s.css">' +
        '<style>@import url(https://evil.example/i.css)</style><p style="background:url(https://evil.example/p.png)">text</p>',
    );
    expect(
      host.querySelectorAll(
        'img, picture, source, iframe, video, audio, object, embed, link, style',
      ),
    ).toHaveLength(0);
    expect(host.innerHTML).not.toContain('evil.example');
    expect(host.innerHTML).toBe('<p>text</p>');
  });

  it('drops svg and math with their scripts and handlers', () => {
    const host = render(
      'html',
      '<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><text>x</text></a></svg><math><mi>y</mi></math><p>kept</p>',
    );
    expect(host.querySelector('svg, math, script')).toBeNull();
    expect(host.innerHTML).not.toMatch(/alert|javascript/);
    expect(host.querySelector('p')?.textContent).toBe('kept');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('takes the address away from a %s link and keeps its text', (href) => {
    const host = render('html', `<a href="${href}">click</a>`);
    const link = host.querySelector('a');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(host.textContent).toBe('click');
  });

  it('resolves relative links against the talk page and opens them in a new tab without an opener', () => {
    const host = render('html', '<a href="../xyz/slides.pdf">slides</a> <a href="/2026/">home</a>');
    const [slides, home] = [...host.querySelectorAll('a')];
    expect(slides?.getAttribute('href')).toBe(
      'https://fosdem.org/2026/schedule/event/xyz/slides.pdf',
    );
    expect(home?.getAttribute('href')).toBe('https://fosdem.org/2026/');
    for (const link of [slides, home]) {
      expect(link?.getAttribute('target')).toBe('_blank');
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('takes a relative link address away when there is nothing to resolve it against', () => {
    const host = render('html', '<a href="slides.pdf">slides</a>', null);
    expect(host.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('keeps absolute web and mail links, replacing any target or rel of the source', () => {
    const host = render(
      'html',
      '<a href="https://example.org/x" target="_self" rel="opener">web</a><a href="mailto:a@example.org">mail</a>',
    );
    const [web, mail] = [...host.querySelectorAll('a')];
    expect(web?.getAttribute('href')).toBe('https://example.org/x');
    expect(web?.getAttribute('target')).toBe('_blank');
    expect(web?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mail?.getAttribute('href')).toBe('mailto:a@example.org');
  });

  it('renders Markdown and then sanitises the HTML it produced or carried', () => {
    const host = render(
      'markdown',
      '# Plan\n\nSome *emphasis* and [notes](notes.md).\n\n- one\n- two\n\n<script>window.ran = 1</script>\n\n![remote](https://evil.example/i.png)\n\n[bad](javascript:alert(1))',
    );
    expect(host.querySelector('h1')?.textContent).toBe('Plan');
    expect(host.querySelector('em')?.textContent).toBe('emphasis');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector('a[href]')?.getAttribute('href')).toBe(
      'https://fosdem.org/2026/schedule/event/abc/notes.md',
    );
    expect(host.querySelector('script, img')).toBeNull();
    expect(host.innerHTML).not.toMatch(/evil\.example|javascript:/);
  });
});
