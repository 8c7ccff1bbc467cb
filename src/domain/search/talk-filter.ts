/** What the schedule is narrowed to: a search, some events, some talks. */
export interface TalkFilter {
  /** Free text; every word must match. */
  query: string;
  /** Events to show; null shows every event. */
  events: readonly string[] | null;
  /** When set, only talks whose ids are listed. */
  onlyIds: ReadonlySet<string> | null;
}

/**
 * Whether a filter hides anything at all.
 *
 * @example isFiltering({ query: ' ', events: null, onlyIds: null }) // false
 */
export function isFiltering(filter: TalkFilter): boolean {
  return filter.query.trim() !== '' || filter.events !== null || filter.onlyIds !== null;
}
