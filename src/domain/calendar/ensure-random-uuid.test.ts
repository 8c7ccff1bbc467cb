import { describe, expect, it } from 'vitest';
import { insecureCrypto } from '../../../tests/helpers/calendar-test-helpers';
import { ensureRandomUuid } from './ensure-random-uuid';

describe('ensureRandomUuid', () => {
  it('adds a randomUUID that makes distinct version-4 UUIDs', () => {
    const cryptoApi = insecureCrypto();
    ensureRandomUuid(cryptoApi);
    const ids = new Set(Array.from({ length: 50 }, () => cryptoApi.randomUUID()));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('keeps the platform’s own randomUUID where there is one', () => {
    const own = () => '00000000-0000-4000-8000-000000000000' as const;
    const cryptoApi = { ...insecureCrypto(), randomUUID: own } as unknown as Crypto;
    ensureRandomUuid(cryptoApi);
    expect(cryptoApi.randomUUID).toBe(own);
  });
});
