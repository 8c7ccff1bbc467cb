import { describe, expect, it } from 'vitest';
import { startupChunkFiles, type Manifest } from './startup-javascript';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/app/app.tsx'],
  },
  '_react.js': { file: 'assets/react.js' },
  'src/app/app.tsx': {
    file: 'assets/app.js',
    imports: ['_store.js', '_react.js'],
    dynamicImports: ['src/features/export/export.ts'],
  },
  '_store.js': { file: 'assets/store.js' },
  'src/features/export/export.ts': { file: 'assets/export.js', imports: ['_ical.js'] },
  '_ical.js': { file: 'assets/ical.js' },
};

describe('startupChunkFiles', () => {
  it('counts the entry, its static imports and what it loads lazily, and so on down', () => {
    expect(startupChunkFiles(manifest)).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/app.js',
      'assets/store.js',
      'assets/export.js',
      'assets/ical.js',
    ]);
  });

  it('leaves out a chunk loaded lazily further down once it is named, such as the calendar export', () => {
    const files = startupChunkFiles(manifest, ['src/features/export/export.ts']);
    expect(files).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/app.js',
      'assets/store.js',
    ]);
  });

  it('leaves out the lazy imports named as waiting for a click or the first paint, and only those', () => {
    const appInEntry: Manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        dynamicImports: ['src/features/plan/plan-view.tsx', 'src/domain/calendar/build.ts'],
      },
      'src/features/plan/plan-view.tsx': { file: 'assets/plan-view.js', imports: ['index.html'] },
      'src/domain/calendar/build.ts': { file: 'assets/build.js', imports: ['_ical.js'] },
      '_ical.js': { file: 'assets/ical.js' },
    };
    expect(startupChunkFiles(appInEntry, ['src/domain/calendar/build.ts'])).toEqual([
      'assets/index.js',
      'assets/plan-view.js',
    ]);
  });

  it('returns nothing for a manifest without an entry', () => {
    expect(startupChunkFiles({ 'a.ts': { file: 'a.js' } })).toEqual([]);
  });
});
