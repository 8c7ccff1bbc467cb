const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Joins iCalendar's folded lines (a line break followed by a space or tab) on the raw bytes,
 * before UTF-8 decoding: producers fold inside multi-byte characters, and decoding the halves
 * apart would leave U+FFFD. Accepts CRLF and bare LF line ends.
 *
 * @example new TextDecoder().decode(unfoldIcsBytes(bytesOf('SUMMARY:Zi\xc4\r\n \x99ba'))) // "SUMMARY:Zięba"
 */
export function unfoldIcsBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === CR && bytes[index + 1] === LF && isFoldSpace(bytes[index + 2])) {
      index += 2;
      continue;
    }
    if (byte === LF && isFoldSpace(bytes[index + 1])) {
      index += 1;
      continue;
    }
    out[length] = byte ?? 0;
    length += 1;
  }
  return out.subarray(0, length);
}

function isFoldSpace(byte: number | undefined): boolean {
  return byte === SPACE || byte === TAB;
}
