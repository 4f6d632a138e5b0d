// Our own lint, on ESLint 10: typescript-eslint strict-type-checked and eslint-plugin-eslint-plugin on the
// TypeScript; @eslint/js and eslint-plugin-n's recommended (node globals, no type information) on the JavaScript
// (bench/, scripts/ and the config files).
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import nPlugin from 'eslint-plugin-n';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', '.bench-cache/', 'bench/.snapshot/', 'examples/', 'tests/fixtures/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked],
    // eslint-disable-next-line n/no-unsupported-features/node-builtins -- in Node since 20.11; ESLint 10 needs 20.19+
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: JS_FILES,
    extends: [js.configs.recommended, nPlugin.configs['flat/mixed-esm-and-cjs']],
    rules: {
      // The commands run with `node <file>`; their shebangs say so to a reader (package.json has no `bin` for them).
      'n/hashbang': [
        'error',
        {
          additionalExecutables: [
            'bench/run.mjs',
            'bench/profile.mjs',
            'bench/split.mjs',
            'bench/snapshot.mjs',
            'scripts/*.mjs',
          ],
        },
      ],
    },
  },
  {
    // Small files and functions keep the layout readable (CONTRIBUTING.md): split by concern before these trip.
    files: ['lib/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
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
