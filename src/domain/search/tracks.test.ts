import { describe, expect, it } from 'vitest';
import { tracksOf, withoutTracks } from './tracks';

const talks = [
  { id: 'a', track: 'Go' },
  { id: 'b', track: null },
  { id: 'c', track: 'Rust' },
  { id: 'd', track: 'Go' },
];

describe('tracks', () => {
  it('lists each named track once, in order of first appearance', () => {
    expect(tracksOf(talks)).toEqual(['Go', 'Rust']);
  });

  it('leaves out talks of hidden tracks and keeps talks with no track', () => {
    expect(withoutTracks(talks, ['Go']).map((talk) => talk.id)).toEqual(['b', 'c']);
    expect(withoutTracks(talks, [])).toBe(talks);
  });
});
