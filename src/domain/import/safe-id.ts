const utf8 = new TextEncoder();

/**
 * Maps any key into `[A-Za-z0-9_-]`, safe in URL fragments and share codes, one to one: letters,
 * digits and "-" stay, every other character becomes "_" and its UTF-8 bytes in hex.
 *
 * @example safeId('6895@fosdem-2026@fosdem.org') // "6895_40fosdem-2026_40fosdem_2Eorg"
 * @example safeId('MJA8QY') // "MJA8QY"
 */
export function safeId(key: string): string {
  let id = '';
  for (const character of key) {
    if (/^[A-Za-z0-9-]$/.test(character)) {
      id += character;
      continue;
    }
    for (const byte of utf8.encode(character)) {
      id += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return id;
}
