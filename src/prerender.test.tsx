// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedLinkTextsOn } from '../tests/helpers/seed-talks';
import { renderFirstScreen } from './prerender';

const decode = (html: string) =>
  html
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('the first screen drawn at build time', () => {
  // Rendered in Node, where `window`, `localStorage` and `navigator` do not exist.
  const html = renderFirstScreen();
  // A title's text, without the tags around its emoji or React's markers between text parts.
  const titles = [...html.matchAll(/<h3[^>]*><a [^>]*>(.*?)<\/a><\/h3>/g)].map(([, title = '']) =>
    decode(title.replace(/<[^>]*>/g, '')),
  );

  it('carries every Monday talk of the post, by title', () => {
    const monday = seedLinkTextsOn('Monday, November 6');
    expect(monday.length).toBeGreaterThan(5);
    expect(titles).toHaveLength(monday.length);
    for (const linkText of monday) {
      expect(
        titles.filter((title) => title.length > 0 && linkText.startsWith(title)),
        linkText,
      ).toHaveLength(1);
    }
  });

  it('shows the day tabs with Monday selected, and the heading', () => {
    expect(html).toContain('KubeCon NA 2023: Cilium talks');
    for (const day of ['Mon 6 Nov', 'Tue 7 Nov', 'Wed 8 Nov', 'Thu 9 Nov'])
      expect(html).toContain(day);
    expect(html).toMatch(/<button[^>]*role="tab"[^>]*aria-selected="true"[^>]*>Mon 6 Nov</);
  });

  it('draws every star disabled, and runs nothing inline', () => {
    const stars = [...html.matchAll(/<button[^>]*aria-label="Star"[^>]*>/g)].map(([tag]) => tag);
    expect(stars).toHaveLength(titles.length);
    for (const star of stars) expect(star).toContain('disabled=""');
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
