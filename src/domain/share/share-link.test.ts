import { describe, expect, it } from 'vitest';
import { readFragment } from '@/domain/fragment/url-fragment';
import { decodeShareCode, encodeShareCode } from './share-code';
import { shareLink } from './share-link';

describe('shareLink', () => {
  it('puts the picks in the fragment of the page address, replacing any other fragment', () => {
    const link = shareLink('https://example.org/planner/?lang=en#talk=1Rj0z', ['1Rj0z', '1R2tD']);
    expect(link).toEqual({
      href: `https://example.org/planner/?lang=en#share=${encodeShareCode(['1Rj0z', '1R2tD'])}`,
      leftOut: 0,
    });
  });

  it('round-trips through the fragment reader', () => {
    const { href } = shareLink('http://localhost:4173/', ['a1', 'b2']);
    const code = readFragment(new URL(href).hash).fragment.share;
    expect(decodeShareCode(code!)).toEqual({ ok: true, talkIds: ['a1', 'b2'], mustSeeIds: [] });
  });

  it('leaves out and counts saved ids no talk could have, instead of throwing', () => {
    const link = shareLink('http://localhost:4173/', ['a1', 'bad id', '', 'b2']);
    expect(link.leftOut).toBe(2);
    const code = readFragment(new URL(link.href).hash).fragment.share;
    expect(decodeShareCode(code!)).toEqual({ ok: true, talkIds: ['a1', 'b2'], mustSeeIds: [] });
  });
});
