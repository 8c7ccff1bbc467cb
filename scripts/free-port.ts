import { createServer } from 'node:net';

/**
 * A local port nobody listens on right now, chosen by the operating system: for the benchmark's
 * and the browser tests' `vite preview` servers.
 *
 * @example const port = await freePort(); // e.g. 41237
 */
export function freePort(): Promise<number> {
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
