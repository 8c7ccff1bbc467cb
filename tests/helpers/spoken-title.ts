/**
 * A title as a screen reader names it: emoji are seen but not spoken, so an emoji and the space
 * after it drop out ("Lightning Talk: 🚀 Git Going Fast" is named "Lightning Talk: Git Going Fast").
 */
export const spokenTitle = (title: string): string =>
  title.replace(/(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)\s?/gu, '');
