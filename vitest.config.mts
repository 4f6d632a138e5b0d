import { defineConfig } from 'vitest/config';

/**
 * One vitest project per ESLint major. `eslint` resolves to the npm alias of that major (`eslint-v8`, `eslint-v9`)
 * in two places: here through `resolve.alias` (imports that vite resolves: test files and `lib/`), and in
 * `tests/setup.ts` through Node's CommonJS resolver (what `@typescript-eslint/rule-tester` and
 * `@typescript-eslint/utils` load with `require('eslint')`). `tests/integration/eslint-versions.test.ts` asserts
 * in each project that the ESLint the rule tester uses is the expected one.
 *
 * The RuleTester suites (tests/rules, tests/util) run on every major; the integration suites (they drive each
 * major's CLI themselves) and the benchmarks run once, in the ESLint 10 project.
 */
const SHARED_EXCLUDE = ['**/node_modules/**', 'tests/fixtures/**'];
// RuleTester suites: the rules', and the helpers' (tests/util, fixers through throwaway rules).
const RULE_SUITES = [
  'tests/rules/**/*.test.ts',
  'tests/util/**/*.test.ts',
  'tests/integration/eslint-versions.test.ts',
];

function olderMajor(major: 8 | 9) {
  return {
    extends: true,
    resolve: {
      alias: [{ find: /^eslint(\/.*)?$/, replacement: `eslint-v${String(major)}$1` }],
    },
    test: {
      name: `eslint-${String(major)}`,
      include: RULE_SUITES,
      exclude: SHARED_EXCLUDE,
      env: { ESLINT_MAJOR: String(major) },
    },
  } as const;
}

export default defineConfig({
  test: {
    // vitest's default on 2 cores is 1 worker; the integration suites mostly wait on the clients they spawn.
    maxWorkers: 2,
    setupFiles: ['tests/setup.ts'],
    // Generous: on 2 busy cores a client run (tsc, a pre-commit env install) can take tens of seconds.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'eslint-10',
          include: ['tests/**/*.test.ts'],
          exclude: SHARED_EXCLUDE,
          env: { ESLINT_MAJOR: '10' },
        },
      },
      olderMajor(9),
      olderMajor(8),
    ],
  },
});
