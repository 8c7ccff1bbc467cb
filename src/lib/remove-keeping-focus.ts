import { flushSync } from 'react-dom';

/** Marks a list of articles whose toggles hand focus to a neighbour when one of them leaves. */
export const FOCUS_LIST_ATTRIBUTE = 'data-focus-list';

/** Marks what takes focus in such a list once its last article has gone. */
export const FOCUS_FALLBACK_ATTRIBUTE = 'data-focus-fallback';

const togglesIn = (list: Element) =>
  Array.from(list.querySelectorAll<HTMLElement>('article button[aria-pressed]'));

/**
 * Runs `remove`, which may take `article` off the page, and if it did, moves focus to the next
 * article's toggle (or the previous one, or the list's fallback), so focus never falls to the
 * page body. Outside a marked list it only runs `remove`.
 *
 * @example removeKeepingFocus(() => toggleStar(talk.id), articleRef.current)
 */
export function removeKeepingFocus(remove: () => void, article: HTMLElement | null): void {
  const list = article?.closest(`[${FOCUS_LIST_ATTRIBUTE}]`);
  if (!article || !list) {
    remove();
    return;
  }
  const index = togglesIn(list).findIndex((toggle) => article.contains(toggle));
  // Render the shorter list now, so that the neighbour to focus exists.
  flushSync(remove);
  if (article.isConnected) return;
  const toggles = togglesIn(list);
  const neighbour =
    toggles[index] ??
    toggles[index - 1] ??
    list.querySelector<HTMLElement>(`[${FOCUS_FALLBACK_ATTRIBUTE}]`);
  neighbour?.focus();
}
