import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import {
  chromiumIsInstalled,
  chromiumPath,
  missingChromiumMessage,
} from '../../../scripts/chromium';
import { freePort } from '../../../scripts/free-port';
import { lanHostName } from './lan-host';
import { servedSchedules } from './served-schedules-plugin';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app is served for this run, ending in a slash. */
    baseURL: string;
    /** The port of that server, for reaching it under another host name. */
    port: number;
    /** Why the journeys cannot run (no Chromium, app does not build), or null when they can. */
    unavailable: string | null;
    /** The folder whose files the server publishes at /served-schedules/ (see served-schedules.ts). */
    servedDir: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));
const outDir = 'dist-e2e';

/**
 * Builds for production even though Vitest set NODE_ENV to "test" (React would ship its dev build);
 * with `scheduleData`, the app carries that schedule file instead of the bundled one.
 */
export async function buildApp(into = outDir, scheduleData?: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  const bundledData = process.env.SCHEDULE_DATA;
  process.env.NODE_ENV = 'production';
  if (scheduleData) process.env.SCHEDULE_DATA = scheduleData;
  try {
    await build({
      root,
      configFile,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: into, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (bundledData === undefined) delete process.env.SCHEDULE_DATA;
    else process.env.SCHEDULE_DATA = bundledData;
  }
}

/**
 * Serves a built app on a free local port, with the schedule files in `servedDir` beside it when
 * given; the caller closes the server.
 */
export async function serveBuiltApp(
  from = outDir,
  servedDir?: string,
): Promise<{ server: PreviewServer; port: number; baseURL: string }> {
  const port = await freePort();
  const server = await preview({
    root,
    configFile,
    mode: 'production',
    logLevel: 'warn',
    plugins: servedDir ? [servedSchedules(servedDir)] : [],
    build: { outDir: from },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      open: false,
      allowedHosts: [lanHostName],
    },
  });
  return { server, port, baseURL: `http://127.0.0.1:${port}/` };
}

/** Builds the app once, serves it with `vite preview` and hands the address to the journeys. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Problems are handed on rather than thrown, so the other layers still run and one test names them.
  project.provide('baseURL', '');
  project.provide('port', 0);
  project.provide('servedDir', '');
  if (!chromiumIsInstalled()) {
    project.provide('unavailable', missingChromiumMessage(chromiumPath()));
    return async () => {};
  }
  try {
    await buildApp();
  } catch (error) {
    console.error(error);
    project.provide('unavailable', `The app does not build: ${String(error).split('\n')[0]}`);
    return async () => {};
  }
  const servedDir = await mkdtemp(join(tmpdir(), 'served-schedules-'));
  const { server, port, baseURL } = await serveBuiltApp(outDir, servedDir);
  project.provide('baseURL', baseURL);
  project.provide('port', port);
  project.provide('servedDir', servedDir);
  project.provide('unavailable', null);
  return async () => {
    await server.close();
    await rm(servedDir, { recursive: true, force: true });
  };
}
