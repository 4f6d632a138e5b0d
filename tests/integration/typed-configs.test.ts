import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  copyConsumerFixture,
  ESLINT_PACKAGES,
  linkPackage,
  removeTempDir,
  repoModule,
  runSync,
  TSC,
} from './support/workspace';

// A consumer's typed configs (tests/fixtures/consumer/typed: `defineConfig` with `extends: ['async-io/recommended']`
// in an eslint.config.mts, and `configs.recommended` spread into `Linter.Config[]` and typescript-eslint's
// `config()`) type-check with the real tsc, with the types our package.json points at (dist/index.d.ts).
// ESLint 8.57 ships no types (they were in @types/eslint), so the check runs with the types of ESLint 9 and 10.

describe.each([10, 9] as const)('typed configs with the types of ESLint %i', (major) => {
  let project: string;

  beforeAll(() => {
    project = copyConsumerFixture(['typescript-eslint']);
    linkPackage(project, 'eslint', repoModule(ESLINT_PACKAGES[major]));
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('type-check with tsc --noEmit (module nodenext)', () => {
    const run = runSync(process.execPath, [TSC, '--project', 'typed/tsconfig.json'], { cwd: project });
    expect(run.status, run.transcript).toBe(0);
  });
});
