import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, measureInitialJavaScript, type InitialJavaScript } from './initial-javascript';

/** One chunk of Vite's build manifest (`build.manifest: true`), reduced to what is read here. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The chunk files the page runs at start-up: the entry with its static imports, plus what it
 * loads lazily (as `import('./app/start')` does after the first paint) with theirs, and so on
 * down, except the lazy imports named in `deferred` (manifest keys, i.e. source paths): those that
 * wait for a click or until after the first paint. A lazy import not named there counts, however
 * deep, so none hides by default.
 *
 * @example startupChunkFiles({ 'index.html': { file: 'a.js', isEntry: true } }) // ['a.js']
 */
export function startupChunkFiles(manifest: Manifest, deferred: readonly string[] = []): string[] {
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(add);
    chunk.dynamicImports?.filter((lazy) => !deferred.includes(lazy)).forEach(add);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => add(key));
  return [...files];
}

/**
 * Measures the start-up JavaScript of an app built with `build.manifest: true`: what index.html
 * names (entry, modulepreloads, inline scripts) plus the chunks loaded lazily at once (every
 * lazy import of a counted chunk not named in `deferred`).
 */
export function measureStartupJavaScript(
  distDir: string,
  deferred: readonly string[] = [],
): InitialJavaScript {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const initial = measureInitialJavaScript(distDir);
  const counted = new Set(initial.scripts.map((s) => s.file));
  const lazy = startupChunkFiles(manifest, deferred)
    .filter((file) => file.endsWith('.js') && !counted.has(file))
    .map((file) => ({ file, gzipBytes: gzipSize(readFileSync(join(distDir, file))) }));
  const scripts = [...initial.scripts, ...lazy];
  return { scripts, totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}
