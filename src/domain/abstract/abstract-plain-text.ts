import type { Abstract } from '@/domain/schedule-schema';
import { abstractBlocks } from './abstract-blocks';

/**
 * An abstract as plain text, for search and calendar files: paragraphs separated by a blank
 * line, each list item on its own line after "- ".
 *
 * @example abstractPlainText({ format: 'blocks', blocks: [{ type: 'paragraph', text: 'Intro.' },
 *   { type: 'list', items: ['one', 'two'] }] }) // "Intro.\n\n- one\n- two"
 */
export function abstractPlainText(abstract: Abstract): string {
  return abstractBlocks(abstract)
    .map((block) =>
      block.type === 'paragraph' ? block.text : block.items.map((item) => `- ${item}`).join('\n'),
    )
    .join('\n\n');
}
