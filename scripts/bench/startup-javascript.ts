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
 * The chunk files the page runs at start-up: the entry with its static imports, plus what the
 * entry itself loads lazily (as `lazy(() => import('./app/app'))` does for the root) with theirs.
 * Lazy imports deeper down (an export feature, say) are not counted: they wait for the user.
 *
 * @example startupChunkFiles({ 'index.html': { file: 'a.js', isEntry: true } }) // ['a.js']
 */
export function startupChunkFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  const addWithStaticImports = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(addWithStaticImports);
  };
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  entries.forEach(([key]) => addWithStaticImports(key));
  entries.forEach(([, chunk]) => chunk.dynamicImports?.forEach(addWithStaticImports));
  return [...files];
}

/**
 * Measures the start-up JavaScript of an app built with `build.manifest: true`: what index.html
 * names (entry, modulepreloads, inline scripts) plus the chunks the entry loads lazily at once.
 */
export function measureStartupJavaScript(distDir: string): InitialJavaScript {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const initial = measureInitialJavaScript(distDir);
  const counted = new Set(initial.scripts.map((s) => s.file));
  const lazy = startupChunkFiles(manifest)
    .filter((file) => file.endsWith('.js') && !counted.has(file))
    .map((file) => ({ file, gzipBytes: gzipSize(readFileSync(join(distDir, file))) }));
  const scripts = [...initial.scripts, ...lazy];
  return { scripts, totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}
