import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of a repository-relative path. */
export const fromRepoRoot = (path: string): string => resolve(repoRoot, path);

const FLOOR_DIST = fromRepoRoot('bench/floor/dist');

/** Builds the floor app (React + ReactDOM + zustand persist, one button) into bench/floor/dist. */
export async function buildFloor(): Promise<string> {
  await build({
    configFile: fromRepoRoot('bench/floor/vite.config.ts'),
    logLevel: 'warn',
    build: { manifest: true },
  });
  return FLOOR_DIST;
}

/**
 * Builds the planner into `outDir`; with `scheduleData` the bundle carries that schedule file
 * instead of src/data/schedule.json (the switch lives in vite.config.ts: SCHEDULE_DATA).
 */
export async function buildApp(outDir: string, scheduleData?: string): Promise<string> {
  const previous = process.env.SCHEDULE_DATA;
  if (scheduleData) process.env.SCHEDULE_DATA = scheduleData;
  else delete process.env.SCHEDULE_DATA;
  try {
    await build({
      root: repoRoot,
      configFile: fromRepoRoot('vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir: fromRepoRoot(outDir),
        emptyOutDir: true,
        manifest: true,
        // A 2,000-talk schedule is one big data module by design; the size budget is checked apart.
        chunkSizeWarningLimit: scheduleData ? 8192 : undefined,
      },
    });
  } finally {
    if (previous === undefined) delete process.env.SCHEDULE_DATA;
    else process.env.SCHEDULE_DATA = previous;
  }
  return fromRepoRoot(outDir);
}
