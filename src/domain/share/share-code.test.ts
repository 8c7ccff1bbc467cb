import { describe, expect, it } from 'vitest';
import { shareChecksum } from './share-checksum';
import { decodeShareCode, encodeShareCode } from './share-code';

/** As many ids, shaped like the schedule's (five characters), as a busy conference has talks. */
const allIds = Array.from({ length: 40 }, (_, i) => `1R${String(i).padStart(3, '0')}`);

/** A code with a correct checksum over an arbitrary body, as a hand-made link would have. */
const signed = (body: string) => `${body}.${shareChecksum(body)}`;

/** Every code cut short of its full length must read as damaged, whatever the cut. */
function expectEveryTruncationDamaged(code: string) {
  for (let length = 1; length < code.length; length += 1) {
    const result = decodeShareCode(code.slice(0, length));
    expect(result.ok, `cut to ${length} characters: ${code.slice(0, length)}`).toBe(false);
  }
}

describe('shareChecksum', () => {
  // FNV-1a 32-bit reference values (0xe40c292c for "a", 0xbf9cf968 for "foobar"), in base 36.
  it('is FNV-1a in base 36, as links already shared were written', () => {
    expect(shareChecksum('a')).toBe('1r9wi7g');
    expect(shareChecksum('foobar')).toBe('1h5yxyg');
  });

  it('pins the code of a known plan, so a format change cannot break old links silently', () => {
    // 0xe9abea22, FNV-1a of "1.1Rj0z.1R2tD" worked out apart from this code.
    expect(encodeShareCode(['1Rj0z', '1R2tD'])).toBe('1.1Rj0z.1R2tD.1su2vj6');
    expect(decodeShareCode('1.1Rj0z.1R2tD.1su2vj6')).toEqual({
      ok: true,
      talkIds: ['1Rj0z', '1R2tD'],
      mustSeeIds: [],
    });
  });
});

describe('share code round trip', () => {
  it('reads back the ids it wrote, in order', () => {
    const picks = ['1R2tD', '1Rj0z', 'a_b-C9'];
    expect(decodeShareCode(encodeShareCode(picks))).toEqual({
      ok: true,
      talkIds: picks,
      mustSeeIds: [],
    });
  });

  it('round-trips a plan of forty talks', () => {
    expect(decodeShareCode(encodeShareCode(allIds))).toEqual({
      ok: true,
      talkIds: allIds,
      mustSeeIds: [],
    });
    expect(decodeShareCode(encodeShareCode(allIds, allIds))).toEqual({
      ok: true,
      talkIds: allIds,
      mustSeeIds: allIds,
    });
  });

  it('round-trips an empty plan', () => {
    expect(decodeShareCode(encodeShareCode([]))).toEqual({ ok: true, talkIds: [], mustSeeIds: [] });
  });

  it('writes the version, the ids and nothing else readable', () => {
    const code = encodeShareCode(['1Rj0z', '1R2tD']);
    expect(code).toMatch(/^1\.1Rj0z\.1R2tD\.[0-9a-z]+$/);
  });

  it('writes repeated ids once', () => {
    expect(encodeShareCode(['x1', 'x1', 'y2'])).toBe(encodeShareCode(['x1', 'y2']));
  });

  it('refuses to write something that is not a talk id', () => {
    expect(() => encodeShareCode(['ok', 'no.dots'])).toThrow(RangeError);
    expect(() => encodeShareCode([''])).toThrow(RangeError);
  });

  it('stays short: about six characters per talk', () => {
    expect(encodeShareCode(allIds).length).toBeLessThanOrEqual(allIds.length * 6 + 10);
  });
});

describe('version 2: must-see picks', () => {
  // Checksums worked out by hand with FNV-1a over the text before the last dot, in base 36.
  const v1Code = '1.1Rj0z.1R2tD.1R2ts.1ce0oie';
  const v2Code = '2.1.1R2ts.1Rj0z.1R2tD.138py7e';

  it('still reads a version-1 link, with no must-see picks', () => {
    expect(decodeShareCode(v1Code)).toEqual({
      ok: true,
      talkIds: ['1Rj0z', '1R2tD', '1R2ts'],
      mustSeeIds: [],
    });
  });

  it('writes version 1, as before, when no pick is must-see', () => {
    expect(encodeShareCode(['1Rj0z', '1R2tD', '1R2ts'])).toBe(v1Code);
    expect(encodeShareCode(['1Rj0z', '1R2tD', '1R2ts'], ['gone'])).toBe(v1Code);
  });

  it('writes the number of must-see picks, then them, then the other picks', () => {
    expect(encodeShareCode(['1Rj0z', '1R2tD', '1R2ts'], ['1R2ts'])).toBe(v2Code);
  });

  it('reads the must-see picks back', () => {
    expect(decodeShareCode(v2Code)).toEqual({
      ok: true,
      talkIds: ['1R2ts', '1Rj0z', '1R2tD'],
      mustSeeIds: ['1R2ts'],
    });
  });

  it('reads a hand-made version-2 code without must-see picks', () => {
    expect(decodeShareCode('2.0.1Rj0z.1R2tD.1fky4wx')).toEqual({
      ok: true,
      talkIds: ['1Rj0z', '1R2tD'],
      mustSeeIds: [],
    });
  });

  it('reports every truncation of a version-2 code as damaged', () => {
    expectEveryTruncationDamaged(v2Code);
  });

  it('reports a changed must-see count as damaged', () => {
    expect(decodeShareCode(v2Code.replace('2.1.', '2.2.'))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it.each(['2.4.a.b.c', '2.01.a.b', '2.x.a.b', '2'])(
    'reports a signed code %j whose count is not one of its picks as damaged',
    (body) => {
      expect(decodeShareCode(signed(body))).toEqual({ ok: false, problem: 'damaged' });
    },
  );
});

describe('damaged share codes', () => {
  const good = encodeShareCode(['1Rj0z', '1R2tD', '1R2u7']);

  it.each(['', '   '])('reports an empty code %j', (code) => {
    expect(decodeShareCode(code)).toEqual({ ok: false, problem: 'empty' });
  });

  it('reports a code from another format version', () => {
    expect(decodeShareCode(signed('3.1Rj0z'))).toEqual({ ok: false, problem: 'unknown-version' });
    expect(decodeShareCode(signed('0.1Rj0z'))).toEqual({ ok: false, problem: 'unknown-version' });
    expect(decodeShareCode(signed('12.1Rj0z'))).toEqual({ ok: false, problem: 'unknown-version' });
  });

  it.each(['v1.1Rj0z', '1x.1Rj0z', 'x1.1Rj0z', '-1.1Rj0z'])(
    'reports a mangled version in %j as damaged',
    (body) => {
      expect(decodeShareCode(signed(body))).toEqual({ ok: false, problem: 'damaged' });
    },
  );

  it.each(['1.1Rj0z.1R2tD.x y', '1.<script>.abc', '1.1Rj0z,1R2tD.abc', '1.títle.abc'])(
    'reports bad characters in %j',
    (code) => {
      expect(decodeShareCode(code)).toEqual({ ok: false, problem: 'bad-characters' });
    },
  );

  it('reports every truncation of a good code as damaged', () => {
    expectEveryTruncationDamaged(good);
  });

  it('reports a changed id as damaged', () => {
    expect(decodeShareCode(good.replace('1R2tD', '1R2tE'))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('reports foreign text that is not a share code as damaged', () => {
    expect(decodeShareCode('hello')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeShareCode('1')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeShareCode('1.1Rj0z.1R2tD')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('reports empty id slots as damaged even with a matching checksum', () => {
    expect(decodeShareCode(signed('1.1Rj0z..1R2tD'))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('reports a hand-made code listing a talk twice', () => {
    expect(decodeShareCode(signed('1.1Rj0z.1R2tD.1Rj0z'))).toEqual({
      ok: false,
      problem: 'duplicate-talks',
    });
  });

  it('refuses huge input without reading it', () => {
    const huge = signed(`1.${Array.from({ length: 2000 }, (_, i) => `t${i}`).join('.')}`);
    expect(decodeShareCode(huge)).toEqual({ ok: false, problem: 'too-long' });
  });

  /** A signed code of exactly `length` characters: one long id padded to fit. */
  const codeOfLength = (length: number) => {
    for (let idLength = length; idLength > 0; idLength -= 1) {
      const code = signed(`1.${'a'.repeat(idLength)}`);
      if (code.length === length) return code;
    }
    throw new Error(`no code of ${length} characters`);
  };

  it('reads a code of exactly 4,000 characters, the limit, and refuses one more', () => {
    expect(decodeShareCode(codeOfLength(4000))).toMatchObject({ ok: true });
    expect(decodeShareCode(codeOfLength(4001))).toEqual({ ok: false, problem: 'too-long' });
  });
});
