import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { NO_ABSTRACT } from '../src/domain/abstract/abstract-blocks';
import { loadSchedule } from '../src/domain/load-schedule';

const BUNDLED_SCHEDULE = fileURLToPath(new URL('../src/data/schedule.json', import.meta.url));

/** The schedule without abstracts or talk pages, all the grid needs to paint: small enough for the first load. */
export const FIRST_PAINT_SCHEDULE = 'virtual:schedule/first-paint';
/** The whole schedule, abstracts included, loaded right after the first paint. */
export const FULL_SCHEDULE = 'virtual:schedule/full';

const VIRTUAL_IDS = new Map([FIRST_PAINT_SCHEDULE, FULL_SCHEDULE].map((id) => [id, `\0${id}`]));

/**
 * Every talk with its abstract emptied and its page's address left out (only the details and
 * My plan show them, and both come after the whole schedule); anything that is not a talk list
 * is left as it is, so that invalid data still reaches the app's own check in development.
 *
 * @example forFirstPaint({ talks: [{ id: 'a', abstract: someAbstract, url: 'https://…' }] })
 *   // { talks: [{ id: 'a', abstract: { format: 'blocks', blocks: [] }, url: null }] }
 */
export function forFirstPaint(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { talks } = data as { talks?: unknown };
  if (!Array.isArray(talks)) return data;
  return {
    ...data,
    talks: talks.map((talk: unknown) =>
      typeof talk === 'object' && talk !== null
        ? { ...talk, abstract: NO_ABSTRACT, url: null }
        : talk,
    ),
  };
}

/**
 * The schedule modules the app imports, and the switch to build against another schedule file,
 * e.g. the synthetic 2,000 talks of the benchmark: `SCHEDULE_DATA=bench/data/schedule-2000.json
 * vite build`. A build validates the data with `loadSchedule` and fails on invalid data, so none
 * can ship; the dev server and tests pass the data on as it is and the app checks it when it loads.
 */
export function scheduleDataSwitch(scheduleData = process.env.SCHEDULE_DATA): Plugin {
  const replacement = scheduleData ? resolve(scheduleData) : undefined;
  const source = replacement ?? BUNDLED_SCHEDULE;
  let building = false;
  const readSchedule = (): unknown => {
    const raw: unknown = JSON.parse(readFileSync(source, 'utf8'));
    return building ? loadSchedule(raw) : raw;
  };
  return {
    name: 'schedule-data-switch',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async resolveId(id, importer, options) {
      const virtual = VIRTUAL_IDS.get(id);
      if (virtual) return virtual;
      if (!replacement || !id.endsWith('schedule.json')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved?.id === BUNDLED_SCHEDULE ? replacement : null;
    },
    load(id) {
      if (id !== VIRTUAL_IDS.get(FIRST_PAINT_SCHEDULE) && id !== VIRTUAL_IDS.get(FULL_SCHEDULE)) {
        return null;
      }
      this.addWatchFile(source);
      const schedule = readSchedule();
      const data = id === VIRTUAL_IDS.get(FULL_SCHEDULE) ? schedule : forFirstPaint(schedule);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
