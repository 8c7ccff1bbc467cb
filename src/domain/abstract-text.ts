import type { Abstract } from './schedule-schema';

/** An abstract with nothing in it: what the first paint carries before the abstracts arrive. */
export const EMPTY_ABSTRACT: Abstract = { format: 'text', source: '' };

/**
 * An abstract as one string for search and calendar descriptions: blocks as paragraphs and "- "
 * items; a source's HTML or Markdown as written (turned into safe markup only where it is shown).
 *
 * @example abstractText({ format: 'text', source: 'Hello' }) // "Hello"
 */
export function abstractText(abstract: Abstract): string {
  if (abstract.format !== 'blocks') return abstract.source.trim();
  return abstract.blocks
    .map((block) =>
      block.type === 'paragraph' ? block.text : block.items.map((item) => `- ${item}`).join('\n'),
    )
    .join('\n\n');
}
