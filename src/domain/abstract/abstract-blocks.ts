import type { Abstract, AbstractBlock } from '@/domain/schedule-schema';

/** The abstract of a talk that has none, or whose abstract has not arrived yet. */
export const NO_ABSTRACT: Abstract = { format: 'blocks', blocks: [] };

/**
 * The blocks to show for an abstract: structured blocks as they are; the source of any other
 * format as plain-text paragraphs, split at blank lines, with no markup interpreted.
 *
 * @example abstractBlocks({ format: 'text', source: 'One.\n\nTwo.' })
 *   // [{ type: 'paragraph', text: 'One.' }, { type: 'paragraph', text: 'Two.' }]
 */
export function abstractBlocks(abstract: Abstract): readonly AbstractBlock[] {
  if (abstract.format === 'blocks') return abstract.blocks;
  return abstract.source
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((text) => text !== '')
    .map((text) => ({ type: 'paragraph', text }));
}
