// Lint rules. Package boundaries live here, with messages that say why (DESIGN.md).

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'tmp/**', 'packages/db/migrations/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
              message: 'core must not import node: modules: it also runs in the browser.',
            },
            {
              group: ['@kume/db', '@kume/server', '@kume/web', '@kume/cli'],
              message: 'core depends on nothing of Kume: the other packages depend on it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'core does no I/O.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core has no clock: take the day or instant as an argument.',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'core takes randomness as an argument (rng), so results repeat.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'core has no clock: take the day or instant as an argument.',
        },
      ],
    },
  },
  {
    files: ['packages/io/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kume/db', '@kume/server', '@kume/web', '@kume/cli'],
              message: 'io reads and writes files for server and cli: it depends only on core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/db/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kume/server', '@kume/web', '@kume/cli'],
              message: 'db sits under server and cli: it must not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@kume/web', '@kume/cli'], message: 'server must not import web or cli.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kume/db', '@kume/cli', 'node:*'],
              message: 'web runs in the browser: it may use core, and server only as types.',
            },
            {
              group: ['@kume/server'],
              allowTypeImports: true,
              message: 'web imports server code only as types.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
