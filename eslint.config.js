import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'node_modules',
      'bench/floor/dist',
      'tests/e2e/screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The architecture's arrows (see the README): each layer imports only the layers below it.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'config/**/*.ts', 'bench/**/*.{ts,tsx}'],
    // Tests may reach across layers to build fixtures; the arrows bind the shipped code.
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['src/**/*', 'scripts/**/*', 'config/**/*', 'bench/**/*'],
      'boundaries/elements': [
        { type: 'data', pattern: 'src/data/*', mode: 'file' },
        { type: 'domain', pattern: 'src/domain/**/*', mode: 'file' },
        { type: 'store', pattern: 'src/store/**/*', mode: 'file' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'components', pattern: 'src/components/**/*', mode: 'file' },
        { type: 'lib', pattern: 'src/lib/**/*', mode: 'file' },
        { type: 'app', pattern: 'src/app/**/*', mode: 'file' },
        { type: 'entry', pattern: 'src/*', mode: 'file' },
        { type: 'scripts', pattern: 'scripts/**/*', mode: 'file' },
        { type: 'config', pattern: 'config/**/*', mode: 'file' },
        { type: 'floor', pattern: 'bench/floor/**/*', mode: 'file' },
        { type: 'bench', pattern: 'bench/**/*', mode: 'file' },
      ],
      'import/resolver': {
        typescript: { project: './tsconfig.json' },
        node: { extensions: ['.ts', '.tsx', '.js', '.json'] },
      },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'domain', allow: ['domain'] },
            { from: 'store', allow: ['domain', 'store'] },
            {
              from: 'feature',
              allow: [
                'domain',
                'store',
                'components',
                'lib',
                ['feature', { feature: '${from.feature}' }],
              ],
            },
            { from: 'components', allow: ['components'] },
            { from: 'lib', allow: ['lib'] },
            {
              from: 'app',
              allow: ['data', 'domain', 'store', 'feature', 'components', 'lib', 'app'],
            },
            { from: 'entry', allow: ['app', 'data', 'domain', 'store'] },
            { from: 'scripts', allow: ['domain', 'scripts'] },
            { from: 'config', allow: ['domain', 'config'] },
            { from: 'floor', allow: ['floor'] },
            { from: 'bench', allow: ['domain', 'scripts', 'bench'] },
          ],
        },
      ],
    },
  },
);
