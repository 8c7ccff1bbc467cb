/**
 * A count with its noun in the right number; the plural is the noun plus "s" unless given.
 *
 * @example formatCount(1, 'talk') // "1 talk"
 * @example formatCount(3, 'clash', 'clashes') // "3 clashes"
 */
export function formatCount(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
