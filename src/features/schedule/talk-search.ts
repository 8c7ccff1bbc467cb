// What searching and filtering need beyond the grid: loaded on the search box's first focus or
// key, when a saved filter applies, or once the page is idle, so none of it is start-up JavaScript.
export { filterTalks } from '@/domain/search/filter-talks';
export { queryWords } from '@/domain/search/match-talk';
export { OtherDayMatches } from './other-day-matches';
export { SearchResults } from './search-results';
