import { preview } from 'vite';
import { freePort } from '../../scripts/free-port';
import { fromRepoRoot } from './build-apps';

export interface RunningPreview {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built dist folder with `vite preview` on a free port. */
export async function startPreview(outDir: string): Promise<RunningPreview> {
  const port = await freePort();
  const server = await preview({
    root: fromRepoRoot('.'),
    configFile: fromRepoRoot('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: fromRepoRoot(outDir) },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
