// @vitest-environment node
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { cleanInlineMarkdown } from './clean-markdown';
import { abstractFromNodes } from './parse-seed';

const abstractOf = (markdown: string) => abstractFromNodes(fromMarkdown(markdown).children);

describe('cleanInlineMarkdown', () => {
  it('removes stray bold markers and backticks and folds white space', () => {
    expect(cleanInlineMarkdown('access control**.**')).toBe('access control.');
    expect(cleanInlineMarkdown('With Cilium`  and  more ')).toBe('With Cilium and more');
  });
});

describe('abstractFromNodes', () => {
  it('keeps paragraphs and bullet lists apart, as blocks', () => {
    expect(abstractOf('First paragraph\ncontinues.\n\n- one\n- two\n\nLast.')).toEqual({
      format: 'blocks',
      blocks: [
        { type: 'paragraph', text: 'First paragraph continues.' },
        { type: 'list', items: ['one', 'two'] },
        { type: 'paragraph', text: 'Last.' },
      ],
    });
  });

  it('reads a list that starts right under a paragraph, and "*" bullets', () => {
    expect(abstractOf('We will:\n* one `flag`\n* two **bold**').blocks).toEqual([
      { type: 'paragraph', text: 'We will:' },
      { type: 'list', items: ['one flag', 'two bold'] },
    ]);
  });

  it('keeps a " - " inside a paragraph as text, not as a list', () => {
    expect(abstractOf('Why BGP? - How do we peer? - Can we see it?').blocks).toEqual([
      { type: 'paragraph', text: 'Why BGP? - How do we peer? - Can we see it?' },
    ]);
  });

  it('drops the post’s closing remarks that sit between two talks', () => {
    expect(abstractOf('The abstract.\n\nMake sure you stop by the booth. See you there!')).toEqual({
      format: 'blocks',
      blocks: [{ type: 'paragraph', text: 'The abstract.' }],
    });
  });

  it('refuses what an abstract cannot hold rather than lose it', () => {
    expect(() => abstractOf('The abstract.\n\n### A heading')).toThrow(/heading/);
  });
});
