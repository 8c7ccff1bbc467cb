/**
 * Lower-cases text and strips accents so that searches ignore both.
 *
 * @example foldText('Marcel Zięba') // "marcel zieba"
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-US');
}
