import { describe, expect, it } from 'vitest';
import { zoneInOrder } from './source-zone';

describe('zoneInOrder', () => {
  const noOffset = () => null;

  it('takes the zone the file names, trimmed, over the chosen one and the offsets', () => {
    expect(zoneInOrder(' Europe/Brussels ', 'Asia/Tokyo', () => 60)).toBe('Europe/Brussels');
  });

  it('passes over a named zone that is no IANA zone', () => {
    expect(zoneInOrder('CET-ish', 'Asia/Tokyo', noOffset)).toBe('Asia/Tokyo');
  });

  it('falls back to a fixed zone for the first offset, asking for it only then', () => {
    let asked = 0;
    const offset = () => {
      asked += 1;
      return 60;
    };
    expect(zoneInOrder(null, 'Asia/Tokyo', offset)).toBe('Asia/Tokyo');
    expect(asked).toBe(0);
    expect(zoneInOrder(null, undefined, offset)).toBe('Etc/GMT-1');
    expect(asked).toBe(1);
  });

  it('has no zone for an offset that is no whole hour, nor without any', () => {
    expect(zoneInOrder(null, undefined, () => 330)).toBeNull();
    expect(zoneInOrder(undefined, undefined, noOffset)).toBeNull();
  });
});
