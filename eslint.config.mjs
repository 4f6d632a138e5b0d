// Our own lint, on ESLint 10: typescript-eslint strict-type-checked and eslint-plugin-eslint-plugin.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', '.bench-cache/', 'examples/', 'tests/fixtures/', 'bench/', 'scripts/', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['lib/rules/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/require-meta-docs-url': 'off',
    },
  },
  { files: ['tests/**/*.ts'], extends: [eslintPlugin.configs.tests] },
);
