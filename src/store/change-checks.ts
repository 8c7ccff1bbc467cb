import type { StorageSource } from './conference-menu';

/** When each schedule address was last fetched, so the app looks on its own at most once an hour. */
const CHECKED_KEY = 'kubecon-planner:schedule-checked';

function readChecks(storage: StorageSource): Record<string, unknown> {
  try {
    const saved: unknown = JSON.parse(storage().getItem(CHECKED_KEY) ?? 'null');
    return typeof saved === 'object' && saved !== null && !Array.isArray(saved)
      ? (saved as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * When the schedule at `url` was last fetched, as epoch ms, or null if never (or unreadable).
 *
 * @example readLastChecked(() => localStorage, 'https://pretalx.com/denog16/schedule/export/schedule.xml') // 1795000000000
 */
export function readLastChecked(storage: StorageSource, url: string): number | null {
  const at = readChecks(storage)[url];
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

/** Remembers that the schedule at `url` was fetched at `at`; blocked storage forgets it with the visit. */
export function markChecked(storage: StorageSource, url: string, at: number): void {
  try {
    storage().setItem(CHECKED_KEY, JSON.stringify({ ...readChecks(storage), [url]: at }));
  } catch {
    // The next visit then looks again, which costs one fetch.
  }
}
