// Code that runs inside the benchmarked page. Kept as plain JavaScript text so that it reaches
// the browser exactly as written, whatever the TypeScript runner adds to compiled functions.

/** Calls back once the frame after the current task has been painted. */
const AFTER_NEXT_PAINT = `
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(null);
    });
`;

/**
 * Calls back with the time of the frame painted once `holds()` first becomes true as the document
 * changes (nodes added, or the attributes named in `attributeFilter`).
 */
const PAINTED_ONCE = `
  const paintedOnce = (holds, record, attributeFilter) => {
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      afterNextPaint(() => record(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: !!attributeFilter, attributeFilter });
  };
`;

/**
 * Installed before the page's own scripts: notes when the first talk `article` with a size has
 * been painted, and first-contentful-paint and largest-contentful-paint, all in ms since
 * navigation start, on `window.__benchLoad`.
 */
export const LOAD_PROBE = `(() => {
  ${AFTER_NEXT_PAINT}
  ${PAINTED_ONCE}
  const probe = { gridPaintedAt: null, starsReadyAt: null, fcp: null, lcp: null };
  window.__benchLoad = probe;
  const hasVisibleArticle = () =>
    [...document.querySelectorAll('article')].some((article) => {
      const box = article.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
  paintedOnce(hasVisibleArticle, (at) => { probe.gridPaintedAt = at; });
  // The first screen comes drawn in the page; its stars work once the app's code has hydrated it.
  paintedOnce(
    () => document.querySelector('article button[aria-pressed]:not(:disabled)') !== null,
    (at) => { probe.starsReadyAt = at; },
    ['disabled'],
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const last = entries[entries.length - 1];
    if (last) probe.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/** Script URLs the page fetched, with when each response ended (ms since navigation start). */
export const SCRIPT_RESOURCES = `performance.getEntriesByType('resource')
  .filter((entry) => entry.initiatorType === 'script' || /\\.m?js(\\?|$)/.test(entry.name))
  .map((entry) => ({ url: entry.name, responseEnd: entry.responseEnd }))`;

/**
 * For every click on a button with `aria-pressed`: the time from the click event until its
 * `aria-pressed` has changed and the next frame has been painted, on `window.__benchStar`.
 */
export const STAR_PROBE = `(() => {
  ${AFTER_NEXT_PAINT}
  const samples = [];
  window.__benchStar = samples;
  window.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[aria-pressed]') : null;
    if (!button) return;
    const startedAt = event.timeStamp;
    const before = button.getAttribute('aria-pressed');
    const record = (changed) =>
      afterNextPaint(() => samples.push({ ms: performance.now() - startedAt, changed }));
    const timer = setTimeout(() => {
      observer.disconnect();
      record(button.getAttribute('aria-pressed') !== before);
    }, 2000);
    const observer = new MutationObserver(() => {
      if (button.getAttribute('aria-pressed') === before) return;
      observer.disconnect();
      clearTimeout(timer);
      record(true);
    });
    observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
  }, true);
})();`;

/**
 * For every input event in a text field: the time until the next frame was painted, and the time
 * until the page last changed in reaction to it (results filtered, even if deferred), on
 * `window.__benchSearch`.
 */
export const SEARCH_PROBE = `(() => {
  ${AFTER_NEXT_PAINT}
  const probe = { nextPaint: [], settled: [], current: null };
  window.__benchSearch = probe;
  const settle = () => {
    if (probe.current && probe.current.lastChangeAt !== null)
      probe.settled.push(probe.current.lastChangeAt - probe.current.startedAt);
    probe.current = null;
  };
  probe.settle = settle;
  window.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    settle();
    const startedAt = event.timeStamp;
    probe.current = { startedAt, lastChangeAt: null };
    afterNextPaint(() => probe.nextPaint.push(performance.now() - startedAt));
  }, true);
  new MutationObserver(() => {
    if (probe.current) probe.current.lastChangeAt = performance.now();
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

/**
 * Installed before a schedule file is chosen: notes when a file input changes (the file chosen),
 * then when the first talk `article` titled as one of `titles` (the opened schedule's) has a size,
 * and the frame after it painted; also every long main-thread task, all on `window.__benchOpen`.
 */
export const openProbe = (titles: readonly string[]) => `(() => {
  ${AFTER_NEXT_PAINT}
  ${PAINTED_ONCE}
  const titles = new Set(${JSON.stringify(titles)});
  const probe = { chosenAt: null, paintedAt: null, longTasks: [] };
  window.__benchOpen = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  window.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file')
      probe.chosenAt = event.timeStamp;
  }, true);
  const openedShown = () =>
    [...document.querySelectorAll('article h3')].some((heading) => {
      if (!titles.has((heading.textContent ?? '').trim())) return false;
      const box = heading.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
  paintedOnce(() => probe.chosenAt !== null && openedShown(), (at) => { probe.paintedAt = at; });
})();`;
