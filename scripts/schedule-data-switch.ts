import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const BUNDLED_SCHEDULE = fileURLToPath(new URL('../src/data/schedule.json', import.meta.url));

/**
 * Builds the app against another schedule file, e.g. the synthetic 2,000 talks of the benchmark:
 * `SCHEDULE_DATA=bench/data/schedule-2000.json vite build`. Without the variable it does nothing.
 */
export function scheduleDataSwitch(scheduleData = process.env.SCHEDULE_DATA): Plugin {
  const replacement = scheduleData ? resolve(scheduleData) : undefined;
  return {
    name: 'schedule-data-switch',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!replacement || !source.endsWith('schedule.json')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === BUNDLED_SCHEDULE ? replacement : null;
    },
  };
}
