import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { scheduleDataSwitch } from './schedule-data-switch';

/** The module that draws the first screen; it runs in Node at build time only. */
const ENTRY = 'src/prerender.tsx';

/** Where index.html leaves the app to draw itself. */
export const EMPTY_ROOT = '<div id="root"></div>';

/** The module `ENTRY` becomes once built for Node. */
interface FirstScreenRenderer {
  renderFirstScreen: () => string;
}

/**
 * Builds `ENTRY` for Node with the app's own resolution (the `@/` alias, the schedule data switch,
 * CSS Module class names as the browser build names them) and loads it. Kept under node_modules so
 * that React and the other packages it imports resolve from the project.
 */
async function loadRenderer(
  root: string,
  alias: Record<string, string>,
): Promise<FirstScreenRenderer> {
  const outDir = join(root, 'node_modules', '.cache', 'prerender-first-screen');
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    resolve: { alias },
    plugins: [scheduleDataSwitch(), react()],
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        // Loaded only in the browser's effects, which never run here.
        external: ['virtual:pwa-register'],
        output: { entryFileNames: 'prerender.mjs' },
      },
    },
  });
  try {
    // A fresh address each build, so a second build in one process never reuses the first's module.
    const url = `${pathToFileURL(join(outDir, 'prerender.mjs')).href}?built=${Date.now()}`;
    return (await import(url)) as FirstScreenRenderer;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Puts the first screen, drawn with React's server renderer, into the built index.html, so the
 * schedule shows (and reads, even without JavaScript) before the app's code arrives; src/app/start.tsx
 * then hydrates it. Only on build: the development server renders in the browser.
 */
export function prerenderFirstScreen(alias: Record<string, string>): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      // After Vite has placed the scripts, before the content security policy hashes the page.
      order: null,
      handler: async (html) => {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to fill`);
        const { renderFirstScreen } = await loadRenderer(root, alias);
        return html.replace(EMPTY_ROOT, `<div id="root">${renderFirstScreen()}</div>`);
      },
    },
  };
}
