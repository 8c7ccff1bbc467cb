import { createServer } from 'node:net';
import { preview } from 'vite';
import { fromRepoRoot } from './build-apps';

export interface RunningPreview {
  url: string;
  close: () => Promise<void>;
}

/** A port nobody listens on right now, chosen by the operating system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
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
