import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the preview server serves schedule files the journeys write, under the app's own origin. */
export const SERVED_PATH = '/served-schedules/';

const TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * Serves the files in `dir` at SERVED_PATH from the preview server, read afresh on each request
 * and never cached, so a journey can publish a newer version of a schedule at the same address.
 */
export function servedSchedules(dir: string): Plugin {
  return {
    name: 'served-schedules',
    configurePreviewServer(server) {
      server.middlewares.use(SERVED_PATH, (request, response, next) => {
        // Only a plain file name: nothing outside the folder can be asked for.
        const name = basename(decodeURIComponent((request.url ?? '').split('?')[0] ?? ''));
        readFile(join(dir, name)).then(
          (bytes) => {
            response.setHeader('Content-Type', TYPES[extname(name)] ?? 'text/plain');
            response.setHeader('Cache-Control', 'no-store');
            response.end(bytes);
          },
          () => next(),
        );
      });
    },
  };
}
