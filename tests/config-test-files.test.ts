import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../lib';

// The recommended config's test-file globs, as ESLint matches them: `no-sync-fs-in-async` is off in test files.
const linter = new Linter({ configType: 'flat' });
const code = "import { readFileSync } from 'node:fs';\nexport async function load(file) { return readFileSync(file); }";

function isLeftAlone(filename: string): boolean {
  const messages = linter.verify(
    code,
    [...plugin.configs.recommended, { files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx', '**/*.jsx'] }],
    { filename },
  );
  return !messages.some((message) => message.ruleId === 'async-io/no-sync-fs-in-async');
}

describe('configs.recommended: test files', () => {
  it.each([
    // vitest's default `include` and `benchmark.include`
    'src/load.test.ts',
    'src/load.spec.mts',
    'src/load.test.cjs',
    'src/load.bench.ts',
    'src/load.benchmark.js',
    // jest's default `testMatch`: `__tests__/`, and files named `test` or `spec`
    'src/__tests__/load.js',
    'src/__tests__/helpers/setup.ts',
    'src/test.ts',
    'src/spec.jsx',
    // playwright's default `testMatch`
    'e2e/login.spec.ts',
    // common suffixes and folders
    'src/load.vitest.ts',
    'src/load.e2e.ts',
    'test/app.e2e-spec.ts',
    'apps/web/src/app.e2e-spec.ts',
    'src/Button.stories.tsx',
    'src/__mocks__/fs.js',
    'src/__fixtures__/project/index.js',
    'packages/web/e2e/smoke.ts',
    'test/load.js',
    'packages/a/tests/load.mts',
  ])('leaves %s alone', (filename) => {
    expect(isLeftAlone(filename)).toBe(true);
  });

  it.each([
    'src/load.ts',
    'src/testing.ts',
    'src/latest.ts',
    'src/contest/load.ts',
    'src/test-utils.ts',
    'src/test.config.ts',
    'src/spec/load.ts',
    'src/e2e.ts',
    'src/stories.ts',
    'src/benchmark.ts',
    'src/fixtures/load.ts',
    'src/mocks/load.ts',
  ])('checks %s', (filename) => {
    expect(isLeftAlone(filename)).toBe(false);
  });

  it('gives the eslintrc config the same globs', () => {
    expect(plugin.configs['legacy-recommended'].overrides[0]?.files).toEqual(plugin.configs.recommended[1]?.files);
  });
});
