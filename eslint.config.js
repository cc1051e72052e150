// ESLint (flat config): JavaScript + typescript-eslint for .ts, eslint-plugin-astro for .astro.
// `npm run lint` runs it with --max-warnings 0, so a warning fails as surely as an error.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated or third-party output: never linted.
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tests/fixtures/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // Unused names are mistakes, except a leading underscore that says "deliberately ignored".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      // The project rules: no enums, namespaces or parameter properties (Node runs the .ts directly).
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'No enums: Node strips types only; use a union of string literals.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces: Node strips types only.' },
        { selector: 'TSParameterProperty', message: 'No parameter properties: Node strips types only.' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Client code of custom elements and pages runs in the browser.
    files: ['src/**/*.astro', 'src/components/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Content is never injected as HTML (CSP and the hostile-fixture test rely on it).
    files: ['**/*.astro'],
    rules: {
      'astro/no-set-html-directive': 'error',
      'astro/no-unused-define-vars-in-style': 'error',
    },
  },
);
