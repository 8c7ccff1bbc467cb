import type { Abstract } from '@/domain/schedule-schema';

/** Tags that mark a description as HTML rather than Markdown or plain text. */
const HTML_TAG = /<(?:p|a|br|ul|ol|li|em|strong|b|i|div|span|h[1-6]|code|pre|blockquote)\b[^>]*>/i;

/**
 * An abstract kept as the source wrote it, labelled with its markup: HTML when it has HTML tags,
 * else the format the producer is known to write.
 *
 * @example abstractFrom(['<p>Hi</p>'], 'markdown') // { format: 'html', source: '<p>Hi</p>' }
 */
export function abstractFrom(
  parts: readonly (string | null | undefined)[],
  usual: 'markdown' | 'text',
): Abstract {
  const source = parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join('\n\n');
  if (source === '') return { format: 'text', source: '' };
  return { format: HTML_TAG.test(source) ? 'html' : usual, source };
}

/**
 * Trims a name or title, spaces and no-break spaces included; null when nothing is left.
 *
 * @example cleanText('  Janson \u00a0') // "Janson"
 */
export function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * A link made absolute and safe to open: only http(s), relative ones resolved against `base`;
 * FOSDEM's `https:/fosdem.org/…` (one slash) is mended. Anything else (`javascript:`…) is null.
 *
 * @example absoluteUrl('/system/a.pdf', 'https://fahrplan.events.ccc.de/camp/2019/') // "https://fahrplan.events.ccc.de/system/a.pdf"
 */
export function absoluteUrl(raw: string | null | undefined, base?: string | null): string | null {
  const text = cleanText(raw)?.replace(/^(https?):\/(?!\/)/i, '$1://');
  if (!text) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
