import { describe, expect, it } from 'vitest';
import { readFragment } from '@/domain/fragment/read-fragment';
import { decodeShareCode, encodeShareCode } from './share-code';
import { shareLink } from './share-link';

const picks = (talkIds: string[], conferenceId = 'kubecon-na-2023') => ({ conferenceId, talkIds });

describe('shareLink', () => {
  it('puts the conference and its picks in the fragment of the page address, replacing any other fragment', () => {
    const link = shareLink(
      'https://example.org/planner/?lang=en#talk=1Rj0z',
      picks(['1Rj0z', '1R2tD']),
    );
    expect(link).toEqual({
      href: `https://example.org/planner/?lang=en#conference=kubecon-na-2023&share=${encodeShareCode(['1Rj0z', '1R2tD'])}`,
      leftOut: 0,
    });
  });

  it('round-trips through the fragment reader, naming its conference', () => {
    const { href } = shareLink('http://localhost:4173/', picks(['a1', 'b2'], 'denog16'));
    const { fragment } = readFragment(new URL(href).hash);
    expect(fragment.conference).toBe('denog16');
    expect(decodeShareCode(fragment.share!)).toEqual({
      ok: true,
      talkIds: ['a1', 'b2'],
      mustSeeIds: [],
    });
  });

  it('escapes a conference id that holds characters a fragment cannot carry as they are', () => {
    const { href } = shareLink('http://localhost:4173/', picks(['a1'], 'a&b=c d'));
    expect(new URL(href).hash).toMatch(/^#conference=a%26b%3Dc%20d&share=/);
    expect(readFragment(new URL(href).hash).fragment.conference).toBe('a&b=c d');
  });

  it('leaves out and counts saved ids no talk could have, instead of throwing', () => {
    const link = shareLink('http://localhost:4173/', picks(['a1', 'bad id', '', 'b2']));
    expect(link.leftOut).toBe(2);
    const code = readFragment(new URL(link.href).hash).fragment.share;
    expect(decodeShareCode(code!)).toEqual({ ok: true, talkIds: ['a1', 'b2'], mustSeeIds: [] });
  });
});
