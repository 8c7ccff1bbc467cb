import { flushSync } from 'react-dom';

/** Marks the list whose stars hand focus to a neighbour when one of them leaves it. */
export const PLAN_LIST_ATTRIBUTE = 'data-plan-list';

const starsIn = (list: Element) =>
  Array.from(list.querySelectorAll<HTMLButtonElement>('article button[aria-pressed]'));

/**
 * Unstars a talk shown in `article` and moves focus to the next talk's star (or the previous
 * one, or the list's heading), so focus never falls to the page body.
 */
export function unstarKeepingFocus(unstar: () => void, article: HTMLElement | null): void {
  const list = article?.closest(`[${PLAN_LIST_ATTRIBUTE}]`);
  if (!article || !list) {
    unstar();
    return;
  }
  const index = starsIn(list).findIndex((star) => article.contains(star));
  // Render the shorter list now, so that the neighbour to focus exists.
  flushSync(unstar);
  const stars = starsIn(list);
  const neighbour = stars[index] ?? stars[index - 1] ?? list.querySelector<HTMLElement>('h2');
  neighbour?.focus();
}
