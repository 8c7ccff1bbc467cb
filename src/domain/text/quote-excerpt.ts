/** Longest excerpt of outside text a message quotes, in characters. */
export const EXCERPT_LENGTH = 40;

// C0 and C1 controls, DEL, and the marks that reorder text: LRM/RLM/ALM, embeddings, overrides, isolates.
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const visible = (character: string) =>
  `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * Outside text (an id from a link or a saved plan) made safe to quote in a message: control and
 * direction characters shown as `<U+202E>`, and cut to a short excerpt so it cannot fill the page.
 *
 * @example quoteExcerpt('abc\u202Edef') // "abc<U+202E>def"
 * @example quoteExcerpt('x'.repeat(100)) // "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (40 x)
 */
export function quoteExcerpt(text: string, length: number = EXCERPT_LENGTH): string {
  // Cut before escaping, by code points, so a long id costs nothing and no surrogate pair is split.
  const characters = Array.from(text.slice(0, length * 2 + 2)).slice(0, length + 1);
  const cut = characters.length > length;
  const shown = characters.slice(0, length).join('').replace(UNSAFE, visible);
  return cut ? `${shown}…` : shown;
}
