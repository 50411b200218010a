// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** DOM globals that process-neutral code must not touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'Element',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
];

export default tseslint.config(
  {
    ignores: [
      '.cache/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'data/generated/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier owns line breaks; this rule misreads its chained-call layout (eslint-config-prettier turns it off too).
      'no-unexpected-multiline': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3'].map((name) => ({
            name,
            message: 'The renderer reaches the main process only through the typed API.',
          })),
          patterns: [
            {
              group: ['node:*', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer reaches the main process only through the typed API.',
            },
          ],
        },
      ],
    },
  },
  {
    // Process-neutral code: the main process, the command line, tests and the renderer all import it.
    files: ['electron/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/shared must not import electron.' },
            ...['better-sqlite3', 'react', 'react-dom', 'leaflet', 'react-leaflet'].map((name) => ({
              name,
              message: 'electron/shared stays free of process-specific libraries.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'electron/shared must not import Node modules.' },
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**'],
              message: 'electron/shared must not depend on a process.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'electron/shared must not use the DOM.' })),
        { name: 'process', message: 'electron/shared must not use Node globals.' },
        { name: 'require', message: 'electron/shared must not use Node globals.' },
      ],
    },
  },
);
