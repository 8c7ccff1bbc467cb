/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scheduleDataSwitch } from './config/schedule-data-switch';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './config/pwa-options';
import { contentSecurityPolicy } from './config/content-security-policy';
import { prerenderFirstScreen } from './config/prerender-first-screen';

// `@/` is src/, so a module names what it imports from the top instead of climbing with `../../`.
const srcAlias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [
    scheduleDataSwitch(),
    react(),
    VitePWA(pwaOptions),
    prerenderFirstScreen(srcAlias),
    contentSecurityPolicy(),
  ],
  resolve: { alias: srcAlias },
  // One stylesheet, named in index.html: the first screen is styled before any script runs,
  // including the components whose code loads after that first paint.
  build: { cssCodeSplit: false },
  server: { port: 5173, strictPort: false },
  test: {
    // CI also keeps a machine-readable summary, printed as one plain line by .ci/run.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'config/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          setupFiles: ['tests/setup-dom.ts'],
          // Whole-app renders in jsdom take seconds on a busy two-core machine; 5 s is too tight.
          testTimeout: 20_000,
        },
      },
      // Time tests again under machine zones far from the conference's: what they show must not move.
      ...['Asia/Tokyo', 'America/Los_Angeles'].map((zone) => ({
        extends: true as const,
        test: {
          name: `time ${zone}`,
          environment: 'jsdom' as const,
          include: [
            'src/domain/time/**/*.test.ts',
            'src/domain/import/**/*.test.ts',
            'src/features/schedule/time-display-switch.test.tsx',
            'src/features/plan/plan-view-zones.test.tsx',
            'tests/time-zones/**/*.test.ts',
          ],
          setupFiles: ['tests/setup-dom.ts'],
          testTimeout: 20_000,
          env: { TZ: zone },
          // Separate processes, so each project's zone is the whole process's zone.
          pool: 'forks' as const,
        },
      })),
      {
        // Journeys in real Chromium against the built app; one file at a time, after the fast layers.
        resolve: { alias: srcAlias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
