import { describe, expect, it } from 'vitest';
import { encodeShareCode } from './share-code';
import { hashWithoutSharedPlan, readSharedPlan, shareLink } from './share-fragment';

describe('shareLink', () => {
  it('puts the picks in the fragment of the page address, replacing any other fragment', () => {
    const link = shareLink('https://example.org/planner/?lang=en#talk=1Rj0z', ['1Rj0z', '1R2tD']);
    expect(link).toBe(
      `https://example.org/planner/?lang=en#share=${encodeShareCode(['1Rj0z', '1R2tD'])}`,
    );
  });

  it('round-trips through the hash of the link', () => {
    const link = new URL(shareLink('http://localhost:4173/', ['a1', 'b2']));
    expect(readSharedPlan(link.hash)).toEqual({ ok: true, talkIds: ['a1', 'b2'], mustSeeIds: [] });
  });

  it('carries must-see picks', () => {
    const link = new URL(shareLink('http://localhost:4173/', ['a1', 'b2'], ['b2']));
    expect(link.hash).toBe(`#share=${encodeShareCode(['a1', 'b2'], ['b2'])}`);
    expect(readSharedPlan(link.hash)).toEqual({
      ok: true,
      talkIds: ['b2', 'a1'],
      mustSeeIds: ['b2'],
    });
  });
});

describe('readSharedPlan', () => {
  it('finds nothing in an empty hash or one about a talk', () => {
    expect(readSharedPlan('')).toBeNull();
    expect(readSharedPlan('#')).toBeNull();
    expect(readSharedPlan('#talk=1Rj0z')).toBeNull();
  });

  it('reads a share code beside other keys', () => {
    expect(readSharedPlan(`#talk=1Rj0z&share=${encodeShareCode(['x'])}`)).toEqual({
      ok: true,
      talkIds: ['x'],
      mustSeeIds: [],
    });
  });

  it('reads a share code whose dots a mail program percent-encoded', () => {
    const code = encodeShareCode(['1Rj0z', '1R2tD']);
    expect(readSharedPlan(`#share=${code.replaceAll('.', '%2E')}`)).toEqual({
      ok: true,
      talkIds: ['1Rj0z', '1R2tD'],
      mustSeeIds: [],
    });
  });

  it('reports an empty or damaged share value', () => {
    expect(readSharedPlan('#share=')).toEqual({ ok: false, problem: 'empty' });
    expect(readSharedPlan('#share=1.1Rj0z')).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('hashWithoutSharedPlan', () => {
  it('removes the shared plan and keeps other keys', () => {
    expect(hashWithoutSharedPlan('#share=1.abc')).toBe('');
    expect(hashWithoutSharedPlan('#share=1.abc&talk=1Rj0z')).toBe('#talk=1Rj0z');
    expect(hashWithoutSharedPlan('#talk=1Rj0z')).toBe('#talk=1Rj0z');
  });
});
