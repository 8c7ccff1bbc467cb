import { describe, expect, it } from 'vitest';
import type { Abstract, AbstractBlock } from '@/domain/schedule-schema';
import { abstractBlocks } from './abstract-blocks';
import { abstractPlainText } from './abstract-plain-text';

const structured: Abstract = {
  format: 'blocks',
  blocks: [
    { type: 'paragraph', text: 'In this talk we will:' },
    { type: 'list', items: ['Explore the handshake', 'Contrast the models'] },
    { type: 'paragraph', text: 'Bring questions.' },
  ],
};

describe('abstractBlocks', () => {
  it('gives structured blocks as they are, without reading their text again', () => {
    const blocks: AbstractBlock[] = [{ type: 'paragraph', text: '- not a list item' }];
    expect(abstractBlocks({ format: 'blocks', blocks })).toEqual([
      { type: 'paragraph', text: '- not a list item' },
    ]);
  });

  it.each(['html', 'markdown', 'text'] as const)(
    'shows a %s source as plain paragraphs, markup and all',
    (format) => {
      expect(
        abstractBlocks({ format, source: '  <b>One</b>\n- *two*  \n\n \n\nThree.\n' }),
      ).toEqual([
        { type: 'paragraph', text: '<b>One</b>\n- *two*' },
        { type: 'paragraph', text: 'Three.' },
      ]);
    },
  );

  it('has no blocks for an empty abstract', () => {
    expect(abstractBlocks({ format: 'blocks', blocks: [] })).toEqual([]);
    expect(abstractBlocks({ format: 'text', source: ' \n\n ' })).toEqual([]);
  });
});

describe('abstractPlainText', () => {
  it('separates blocks by a blank line and writes list items one per line', () => {
    expect(abstractPlainText(structured)).toBe(
      'In this talk we will:\n\n- Explore the handshake\n- Contrast the models\n\nBring questions.',
    );
  });

  it('is empty for an empty abstract', () => {
    expect(abstractPlainText({ format: 'blocks', blocks: [] })).toBe('');
  });
});
