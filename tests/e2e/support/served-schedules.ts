import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { SERVED_PATH } from './served-schedules-plugin';

/**
 * Publishes `text` as `name` on the served app's origin (the same origin, which its content
 * security policy lets it fetch from) and returns the address.
 *
 * @example const url = await serveSchedule('denog16.xml', xml); // http://127.0.0.1:41234/served-schedules/denog16.xml
 */
export async function serveSchedule(name: string, text: string): Promise<string> {
  await writeFile(join(inject('servedDir'), name), text);
  return new URL(`${SERVED_PATH}${name}`, inject('baseURL')).href;
}
