// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanInlineMarkdown } from './clean-markdown';
import { abstractFromLines } from './parse-seed';

describe('cleanInlineMarkdown', () => {
  it('removes stray bold markers and backticks and folds white space', () => {
    expect(cleanInlineMarkdown('access control**.**')).toBe('access control.');
    expect(cleanInlineMarkdown('With Cilium`  and  more ')).toBe('With Cilium and more');
  });
});

describe('abstractFromLines', () => {
  it('keeps paragraphs and bullet lists apart', () => {
    expect(
      abstractFromLines(['First paragraph', 'continues.', '', '- one', '- two', '', 'Last.']),
    ).toBe('First paragraph continues.\n\n- one\n- two\n\nLast.');
  });

  it('drops the post’s closing remarks that sit between two talks', () => {
    expect(
      abstractFromLines(['The abstract.', '', 'Make sure you stop by the booth. See you there!']),
    ).toBe('The abstract.');
  });
});
