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

// oxlint's AST gives `null` where typescript-estree leaves an optional field `undefined`: a test against `undefined`
// lets `null` through and the next read throws. Absence is tested with `== null` / `!= null` instead.
const ABSENCE_MESSAGE =
  'Test absence with `== null` / `!= null`: hosts spell an absent optional field `null` (oxlint) or `undefined` (typescript-estree).';
const ABSENCE_TESTS = [
  "BinaryExpression[operator=/^[!=]==$/][right.type='Identifier'][right.name='undefined']",
  "BinaryExpression[operator=/^[!=]==$/][left.type='Identifier'][left.name='undefined']",
  "BinaryExpression[operator=/^[!=]==?$/][right.type='Literal'][right.value='undefined'][left.operator='typeof']",
].map((selector) => ({ selector, message: ABSENCE_MESSAGE }));

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
            'bench/oxlint-parity.mjs',
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
      // One spelling of "absent" in every host: `== null` / `!= null` (issue 19).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': ['error', ...ABSENCE_TESTS],
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
