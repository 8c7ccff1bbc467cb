import type { Talk } from '@/domain/schedule-schema';
import { matchesWords, queryWords } from './match-talk';
import type { TalkFilter } from './talk-filter';

/**
 * The talks that pass a search, an event filter and an optional set of ids (such as starred talks).
 *
 * @example filterTalks(talks, { query: 'zieba', events: null, onlyIds: null }).length // 1
 */
export function filterTalks(talks: readonly Talk[], filter: TalkFilter): Talk[] {
  const words = queryWords(filter.query);
  return talks.filter(
    (talk) =>
      (filter.events === null || filter.events.includes(talk.column)) &&
      (filter.onlyIds === null || filter.onlyIds.has(talk.id)) &&
      matchesWords(talk, words),
  );
}
