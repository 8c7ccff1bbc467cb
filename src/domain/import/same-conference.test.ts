import { describe, expect, it } from 'vitest';
import { isSameConference } from './same-conference';

describe('isSameConference', () => {
  const fosdem = { id: 'fosdem-2026', source: { url: 'https://fosdem.org/2026/schedule/xml' } };

  it('is the same conference under the same id, wherever the file came from', () => {
    expect(isSameConference(fosdem, { id: 'fosdem-2026', source: { url: null } })).toBe(true);
  });

  it('is the same conference from the same address, even if its id changed', () => {
    expect(isSameConference(fosdem, { ...fosdem, id: 'fosdem' })).toBe(true);
  });

  it('two files opened from disk with different ids are different conferences', () => {
    expect(
      isSameConference({ id: 'a', source: { url: null } }, { id: 'b', source: { url: null } }),
    ).toBe(false);
  });
});
