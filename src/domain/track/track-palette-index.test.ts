import { describe, expect, it } from 'vitest';
import { trackPaletteIndex } from './track-palette-index';

describe('trackPaletteIndex', () => {
  it('is the FNV-1a hash of the name modulo the palette size', () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c and of "" is the offset basis 0x811c9dc5 (published test vectors).
    expect(trackPaletteIndex('a', 8)).toBe(0xe40c292c % 8);
    expect(trackPaletteIndex('', 7)).toBe(0x811c9dc5 % 7);
    expect(trackPaletteIndex('foobar', 1000)).toBe(0xbf9cf968 % 1000);
  });

  it('gives the same index for the same name and stays inside the palette', () => {
    const tracks = ['Security', 'Main Track', 'Rust', 'Go', 'Lightning Talks', 'Zig ⚡'];
    for (const track of tracks) {
      const index = trackPaletteIndex(track, 8);
      expect(index).toBe(trackPaletteIndex(track, 8));
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(8);
    }
  });

  it('spreads many tracks over the whole palette', () => {
    const used = new Set(Array.from({ length: 60 }, (_, n) => trackPaletteIndex(`Track ${n}`, 8)));
    expect(used.size).toBe(8);
  });
});
