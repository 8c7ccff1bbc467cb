import { describe, expect, it } from 'vitest';
import { abstractBlocks } from './abstract-blocks';

describe('abstractBlocks', () => {
  it('splits paragraphs and bullet lists', () => {
    expect(abstractBlocks('Intro line.\n\n- one\n- two\n\nOutro.')).toEqual([
      { kind: 'paragraph', text: 'Intro line.' },
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'paragraph', text: 'Outro.' },
    ]);
  });

  it('returns nothing for an empty abstract', () => {
    expect(abstractBlocks('  ')).toEqual([]);
  });
});
