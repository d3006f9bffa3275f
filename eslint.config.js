// Lint: typescript-eslint plus the boundary rules that keep each layer in its folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const builtinNames = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
];
const pattern = (group, message) => ({ group, message });
const nodePaths = (message) => builtinNames.map((name) => ({ name, message }));
const electronPath = (message) => [{ name: 'electron', message }];

export default tseslint.config(
  {
    ignores: [
      'tmp/**',
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tsbuild/**',
      'shared/xdm/library/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-console': 'off',
    },
  },
  {
    // The engine and everything shared: no Electron, no Node, no DOM, no React, no console.
    files: ['shared/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronPath('shared/ must not import Electron: pass what it needs in from a host.'),
            ...nodePaths('shared/ must not import Node modules: it runs in browsers too.'),
            ...['react', 'react-dom', 'zustand', 'wouter'].map((name) => ({
              name,
              message: 'shared/ must not import React or UI libraries.',
            })),
          ],
          patterns: [
            pattern(['electron/*'], 'shared/ must not import Electron: pass what it needs in from a host.'),
            pattern(['node:*'], 'shared/ must not import Node modules: it runs in browsers too.'),
            pattern(
              ['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*', 'zustand', 'wouter', 'wouter/*'],
              'shared/ must not import React or UI libraries.',
            ),
            pattern(['**/renderer/**', '**/electron/**'], 'shared/ must not import from hosts.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ runs without a DOM.' },
        { name: 'document', message: 'shared/ runs without a DOM.' },
        { name: 'localStorage', message: 'shared/ runs without a DOM.' },
        { name: 'navigator', message: 'shared/ runs without a DOM.' },
        { name: 'process', message: 'shared/ runs without Node.' },
        { name: 'Buffer', message: 'shared/ runs without Node: use Uint8Array.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'The engine takes its clock as a dependency (deps.now).',
        },
        {
          object: 'crypto',
          property: 'randomUUID',
          message: 'The engine takes its id generator as a dependency (deps.newId).',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'The engine must be deterministic: take randomness from a dependency.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronPath(
              'renderer/ must not import Electron: use window.profileStager through the engine client.',
            ),
            ...nodePaths('renderer/ must not import Node modules.'),
          ],
          patterns: [
            pattern(['electron/*'], 'renderer/ must not import Electron.'),
            pattern(['node:*'], 'renderer/ must not import Node modules.'),
            pattern(['**/electron/**'], 'renderer/ must not import from electron/.'),
          ],
        },
      ],
    },
  },
  {
    // Node-only code (CLI, HTTP server, fs): everything but Electron.
    files: ['electron/node/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronPath(
            "Only electron/main/ may import 'electron'; electron/node/ runs in plain Node too.",
          ),
          patterns: [
            pattern(['electron/*'], "Only electron/main/ may import 'electron'."),
            pattern(['**/renderer/**'], 'electron/ must not import renderer/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [pattern(['**/renderer/**'], 'electron/ must not import renderer/.')],
        },
      ],
    },
  },
  {
    // Everything else (tests, scripts, configs) may use Node; only electron/main may import Electron.
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'bin/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
