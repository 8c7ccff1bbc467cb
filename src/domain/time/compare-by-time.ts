/** Anything placed in time with a title: a talk, or a pick of one. */
export interface TimedItem {
  start: string;
  end: string;
  title: string;
}

/**
 * The one time order of talks everywhere: by start, then by end (shorter first), then by title.
 *
 * @example [{ start: '…T10:00Z', end: '…T11:00Z', title: 'B' }, { start: '…T10:00Z', end: '…T10:30Z', title: 'A' }]
 *   .sort(compareByTime) // the 10:00–10:30 talk first
 */
export function compareByTime(a: TimedItem, b: TimedItem): number {
  return (
    Date.parse(a.start) - Date.parse(b.start) ||
    Date.parse(a.end) - Date.parse(b.end) ||
    a.title.localeCompare(b.title)
  );
}
