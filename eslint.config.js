// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import dtiLayers from './scripts/eslint-layers.mjs';

/** Modules the pure domain code in shared/ must never import. */
const SHARED_FORBIDDEN = [
  'electron',
  'electron/*',
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'zustand/*',
  '@shared/*',
  '**/renderer/**',
  '**/electron/**',
  '**/tests/**',
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SHARED_FORBIDDEN,
              message: 'shared/ is pure domain code: no electron, node, react, dexie, zustand, DOM or app folders.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, dti: dtiLayers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'dti/layers': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='dtiDesk']",
          message: 'Use renderer/platform, never the desktop bridge directly.',
        },
      ],
    },
  },
  {
    files: ['renderer/platform/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
