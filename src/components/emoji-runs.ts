/** A stretch of text that is either words or pictographs (emoji) with the space after them. */
export interface TextRun {
  text: string;
  emoji: boolean;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// A pictograph drawn as an emoji: by default, by variation selector 16 or in a ZWJ sequence; or a flag.
// "©" and "#" are pictographs too, but drawn as text unless asked, so they stay words.
const EMOJI =
  /\p{Extended_Pictographic}(?:\uFE0F|\u200D)|\p{Emoji_Presentation}|\p{Regional_Indicator}/u;

/** Every code point that can start an emoji above; text with none of them is words only. */
const MAY_HOLD_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Regional_Indicator}]/u;

/**
 * Splits text into runs of words and of emoji, so the emoji can be kept from screen readers
 * (which read "rocket" aloud) while still seen. An emoji run takes the one space after it, so
 * that what is heard has no double space.
 *
 * @example emojiRuns('Lightning Talk: 🚀 Git Going Fast')
 *   // [{ text: 'Lightning Talk: ', emoji: false }, { text: '🚀 ', emoji: true }, { text: 'Git Going Fast', emoji: false }]
 */
export function emojiRuns(text: string): TextRun[] {
  // Most titles have no emoji: one test of the whole text spares segmenting them.
  if (!MAY_HOLD_EMOJI.test(text)) return [{ text, emoji: false }];
  const runs: TextRun[] = [];
  const push = (part: string, emoji: boolean) => {
    const last = runs.at(-1);
    if (last && last.emoji === emoji) last.text += part;
    else runs.push({ text: part, emoji });
  };
  let afterEmoji = false;
  for (const { segment } of graphemes.segment(text)) {
    const emoji = EMOJI.test(segment);
    // Whole grapheme clusters (flags, skin tones, joined families) stay one emoji.
    push(segment, emoji || (afterEmoji && segment === ' '));
    afterEmoji = emoji;
  }
  return runs;
}
