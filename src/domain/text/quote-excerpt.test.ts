import { describe, expect, it } from 'vitest';
import { quoteExcerpt } from './quote-excerpt';

describe('quoteExcerpt', () => {
  it('leaves ordinary short text alone', () => {
    expect(quoteExcerpt('1Rj0z')).toBe('1Rj0z');
    expect(quoteExcerpt('Zięba 🚀')).toBe('Zięba 🚀');
  });

  it('cuts a long text to 40 characters and marks the cut', () => {
    const quoted = quoteExcerpt('a'.repeat(100_000));
    expect(quoted).toBe(`${'a'.repeat(40)}…`);
  });

  it('never splits an emoji at the cut', () => {
    expect(quoteExcerpt('🚀'.repeat(50), 3)).toBe('🚀🚀🚀…');
  });

  it('shows a right-to-left override instead of letting it reverse the message', () => {
    expect(quoteExcerpt('abc\u202Etxt.exe')).toBe('abc<U+202E>txt.exe');
  });

  it('shows isolates, marks and control characters', () => {
    expect(quoteExcerpt('a\u2066b\u200Fc\u0000d\nE\u009b')).toBe(
      'a<U+2066>b<U+200F>c<U+0000>d<U+000A>E<U+009B>',
    );
  });
});
