/**
 * Removes inline markdown the seed uses by accident or for emphasis (backticks, bold and
 * italic markers) and folds runs of white space, leaving the text as a reader sees it.
 *
 * @example cleanInlineMarkdown('access control**.**') // "access control."
 */
export function cleanInlineMarkdown(text: string): string {
  return text
    .replace(/`/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
