import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The service worker and web app manifest: Workbox precaches the whole built app (the talk data is
 * inside the JavaScript), so after one visit it opens and works with no network; a new version
 * waits until the visitor chooses to reload (see src/app/update-prompt.tsx).
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // The app registers the worker itself, lazily, so tests and the dev server never touch it.
  injectRegister: false,
  // The glob below already takes every icon; listing them again would only repeat precache entries.
  includeManifestIcons: false,
  manifest: {
    name: 'Cilium at KubeCon NA 2023 — conference planner',
    short_name: 'Cilium planner',
    description:
      'Plan your Cilium talks at KubeCon + CloudNativeCon North America 2023, CiliumCon and ArgoCon: every talk on a timeline, your starred picks, clashes flagged, a calendar export. Works offline.',
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    theme_color: '#1d4ed8',
    background_color: '#f6f7f9',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
};
