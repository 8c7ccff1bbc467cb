import { describe, expect, it } from 'vitest';
import { SAFE_ID_PATTERN } from '@/domain/schedule-schema';
import { safeId } from './safe-id';

describe('safeId', () => {
  it('keeps guids and pretalx codes as they are', () => {
    expect(safeId('9c3ebb8c-7716-5130-b9fe-ff8544f5636d')).toBe(
      '9c3ebb8c-7716-5130-b9fe-ff8544f5636d',
    );
    expect(safeId('MJA8QY')).toBe('MJA8QY');
  });

  it('writes every other character as _ and its UTF-8 bytes in hex', () => {
    expect(safeId('6895@fosdem-2026@fosdem.org')).toBe('6895_40fosdem-2026_40fosdem_2Eorg');
    expect(safeId('ę')).toBe('_C4_99');
    expect(safeId('a_b')).toBe('a_5Fb');
  });

  it('never maps two keys to one id, even where "_" meets an escape', () => {
    const keys = ['a_b', 'a.b', 'a_5Fb', 'a b', 'ab'];
    expect(new Set(keys.map(safeId)).size).toBe(keys.length);
  });

  it('always gives an id the schema and share codes accept', () => {
    for (const key of ['uid@host/2024-03-01T10:00:00.000Z', '🚀 launch', 'Camp2019/10386']) {
      expect(safeId(key)).toMatch(SAFE_ID_PATTERN);
    }
  });
});
