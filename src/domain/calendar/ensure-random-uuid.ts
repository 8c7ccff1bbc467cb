type Uuid = ReturnType<Crypto['randomUUID']>;

/**
 * Gives `crypto` a `randomUUID` where the browser leaves it out. ical-generator 10 calls
 * `crypto.randomUUID()` for every event it creates, even one given its own UID, and browsers
 * offer that method only in secure contexts, so over plain HTTP from a LAN host name the export
 * would throw. `getRandomValues` is offered everywhere, so a version-4 UUID is built from it.
 *
 * @example ensureRandomUuid(globalThis.crypto); crypto.randomUUID() // "3b241101-e2bb-4255-8caf-4136c566a962"
 */
export function ensureRandomUuid(cryptoApi: Crypto): void {
  if (typeof cryptoApi.randomUUID === 'function') return;
  Object.defineProperty(cryptoApi, 'randomUUID', {
    configurable: true,
    value: (): Uuid => {
      const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
      // RFC 9562 §5.4: version 4 in the high nibble of byte 6, variant 10 in the top bits of byte 8.
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
      const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  });
}
