import { isSameConference } from '@/domain/import/same-conference';
import type { Conference } from '@/domain/schedule-schema';

/** One opened conference as the "Conference" menu lists it; its schedule is kept in IndexedDB. */
export interface ConferenceEntry {
  id: string;
  name: string;
  source: { url: string | null };
}

/** Where the menu is kept: a function, since reading `localStorage` itself throws where it is blocked. */
export type StorageSource = () => Storage;

const MENU_KEY = 'kubecon-planner:conferences';
const SHOWN_KEY = 'kubecon-planner:conference-shown';
const ZONES_KEY = 'kubecon-planner:conference-zones';

// Storage may be blocked or hold anything: the menu then starts empty rather than break the page.
function readJson(storage: StorageSource, key: string): unknown {
  try {
    return JSON.parse(storage().getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

function writeJson(storage: StorageSource, key: string, value: unknown): void {
  try {
    storage().setItem(key, JSON.stringify(value));
  } catch {
    // Blocked storage keeps the conference for this visit only.
  }
}

const isEntry = (value: unknown): value is ConferenceEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ConferenceEntry).id === 'string' &&
  typeof (value as ConferenceEntry).name === 'string' &&
  typeof (value as ConferenceEntry).source === 'object';

/**
 * The opened conferences in the order they were first opened. Kept in localStorage, small and
 * read at once, so the menu shows without loading any schedule.
 *
 * @example readConferenceMenu(() => localStorage) // [{ id: 'fosdem-2026', name: 'FOSDEM 2026', source: { url: null } }]
 */
export function readConferenceMenu(storage: StorageSource): ConferenceEntry[] {
  const menu = readJson(storage, MENU_KEY);
  return Array.isArray(menu) ? menu.filter(isEntry) : [];
}

/** The menu with `conference` added, or put in place of the same conference kept before. */
export function withConference(menu: readonly ConferenceEntry[], conference: Conference) {
  const entry: ConferenceEntry = {
    id: conference.id,
    name: conference.name,
    source: { url: conference.source.url },
  };
  const index = menu.findIndex((kept) => isSameConference(kept, entry));
  if (index === -1) return { menu: [...menu, entry], replaced: null };
  const replaced = menu[index] ?? null;
  return { menu: menu.map((kept, at) => (at === index ? entry : kept)), replaced };
}

export const writeConferenceMenu = (storage: StorageSource, menu: readonly ConferenceEntry[]) =>
  writeJson(storage, MENU_KEY, menu);

/** The id of the opened conference shown last, or null for the bundled one. */
export function readShownConference(storage: StorageSource): string | null {
  const id = readJson(storage, SHOWN_KEY);
  return typeof id === 'string' ? id : null;
}

export const writeShownConference = (storage: StorageSource, id: string | null) =>
  writeJson(storage, SHOWN_KEY, id);

/** The time zone the person gave for a file that names none, by where the file came from. */
export function readRememberedZone(storage: StorageSource, origin: string): string | null {
  const zones = readJson(storage, ZONES_KEY);
  const zone =
    typeof zones === 'object' && zones ? (zones as Record<string, unknown>)[origin] : null;
  return typeof zone === 'string' ? zone : null;
}

export function rememberZone(storage: StorageSource, origin: string, zone: string): void {
  const zones = readJson(storage, ZONES_KEY);
  const kept = typeof zones === 'object' && zones && !Array.isArray(zones) ? zones : {};
  writeJson(storage, ZONES_KEY, { ...kept, [origin]: zone });
}
