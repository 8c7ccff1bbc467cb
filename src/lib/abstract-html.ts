import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** What an abstract may contain: text structure and links, nothing that loads, styles or runs. */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];
const ALLOWED_ATTR = ['href', 'title'];
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Set only while one sanitise call runs (DOMPurify's hooks are synchronous and per instance). */
let linkBase: string | null = null;

/**
 * Every link is absolute (resolved against the talk's page or the schedule's address), of a web
 * or mail protocol, and opens in a new tab that cannot reach back to the planner.
 */
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href');
  const resolved = href === null ? null : resolveLink(href, linkBase);
  if (resolved === null) {
    node.removeAttribute('href');
    return;
  }
  node.setAttribute('href', resolved);
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
});

/** The absolute address of a link, or null when it is relative with no base or of another protocol. */
function resolveLink(href: string, base: string | null): string | null {
  try {
    const url = base === null ? new URL(href) : new URL(href, base);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Sanitised HTML of an abstract written in HTML or Markdown. Under Trusted Types this is a
 * TrustedHTML from DOMPurify's own policy, which the page's policy lets through by name.
 *
 * @example abstractHtml({ format: 'html', source: '<p onclick="x()">Hi</p>' }, null) // '<p>Hi</p>'
 */
export function abstractHtml(
  abstract: { format: 'html' | 'markdown'; source: string },
  base: string | null,
): TrustedHTML {
  const html =
    abstract.format === 'markdown'
      ? marked.parse(abstract.source, { async: false, gfm: true })
      : abstract.source;
  linkBase = base;
  try {
    return DOMPurify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      RETURN_TRUSTED_TYPE: true,
    });
  } finally {
    linkBase = null;
  }
}
