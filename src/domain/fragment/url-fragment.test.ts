import { describe, expect, it } from 'vitest';
import { fragmentProblemMessage, readFragment } from './read-fragment';
import { writeFragment } from './url-fragment';

describe('readFragment', () => {
  it('reads a talk', () => {
    expect(readFragment('#talk=1Rj0z')).toEqual({
      fragment: { conference: null, share: null, talk: '1Rj0z' },
      problem: null,
    });
  });

  it('reads talk and share in either order', () => {
    const expected = { conference: null, share: '1.a1.b2.x9', talk: '1R2on' };
    expect(readFragment('#talk=1R2on&share=1.a1.b2.x9').fragment).toEqual(expected);
    expect(readFragment('#share=1.a1.b2.x9&talk=1R2on').fragment).toEqual(expected);
  });

  it('reads a conference id alongside', () => {
    expect(readFragment('#conference=fosdem-2026&talk=x').fragment.conference).toBe('fosdem-2026');
  });

  it.each(['#talk=%', '#talk=%E0%A4%A', '#talk=%ZZ'])(
    'ignores a part cut off mid-escape (%s) without throwing, and says so',
    (hash) => {
      const read = readFragment(hash);
      expect(read.fragment.talk).toBeNull();
      expect(read.problem).toMatchObject({ kind: 'bad-escape', key: 'talk' });
      expect(fragmentProblemMessage(read.problem!)).toMatch(/^The link’s “talk” part is cut off/);
    },
  );

  it('keeps the readable parts when another is garbled', () => {
    const read = readFragment('#share=1.a.x&talk=%E0%A4%A');
    expect(read.fragment.share).toBe('1.a.x');
    expect(read.problem?.kind).toBe('bad-escape');
  });

  it('decodes escapes that are whole', () => {
    expect(readFragment('#talk=caf%C3%A9').fragment.talk).toBe('café');
  });

  it('names an unknown key and a repeated one', () => {
    expect(readFragment('#top').problem).toMatchObject({ kind: 'unknown-key', key: 'top' });
    const repeated = readFragment('#talk=a&talk=b');
    expect(repeated.fragment.talk).toBe('a');
    expect(repeated.problem).toMatchObject({ kind: 'repeated-key', key: 'talk' });
  });

  it('refuses a fragment far too long, quoting only an excerpt', () => {
    const read = readFragment(`#talk=${'x'.repeat(100_000)}`);
    expect(read.fragment.talk).toBeNull();
    expect(read.problem?.kind).toBe('too-long');
    expect(read.problem!.excerpt.length).toBeLessThan(50);
  });

  it('treats an empty fragment as nothing at all', () => {
    expect(readFragment('')).toEqual({
      fragment: { conference: null, share: null, talk: null },
      problem: null,
    });
    expect(readFragment('#').problem).toBeNull();
    expect(readFragment('#talk=').fragment.talk).toBe('');
  });

  it('quotes control and direction characters visibly in its message', () => {
    const read = readFragment('#x%E2%80%AE=1');
    expect(fragmentProblemMessage(read.problem!)).toContain('<U+202E>');
  });
});

describe('writeFragment', () => {
  it('writes keys in one order and escapes values', () => {
    expect(writeFragment({ talk: 'café', share: '1.a.x' })).toBe('#share=1.a.x&talk=caf%C3%A9');
  });

  it('writes nothing for nothing', () => {
    expect(writeFragment({ talk: null })).toBe('');
  });

  it('reads back what it wrote', () => {
    const fragment = { conference: 'c1', share: '1.a.x', talk: 'a&b=c' };
    expect(readFragment(writeFragment(fragment)).fragment).toEqual(fragment);
  });
});
