import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type ConsumerProject,
  createConsumerProject,
  ESLINT_PACKAGES,
  linkPackage,
  REPO_ROOT,
  runClient,
} from './consumerProject';

// A consumer's typed configs (tests/fixtures/consumer/typed: `defineConfig` with `extends: ['async-io/recommended']`
// in an eslint.config.mts, and `configs.recommended` spread into `Linter.Config[]` and typescript-eslint's
// `config()`) type-check with the real tsc, with the types our package.json points at (dist/index.d.ts).
// ESLint 8.57 ships no types (they were in @types/eslint), so the check runs with the types of ESLint 9 and 10.

const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

describe.each([10, 9] as const)('typed configs with the types of ESLint %i', (major) => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await createConsumerProject(['typescript-eslint']);
    await linkPackage(project.dir, 'eslint', path.join(REPO_ROOT, 'node_modules', ESLINT_PACKAGES[major]));
  });
  afterAll(async () => {
    await project.remove();
  });

  it('type-check with tsc --noEmit (module nodenext)', () => {
    const run = runClient(process.execPath, [TSC, '--project', 'typed/tsconfig.json'], { cwd: project.dir });
    expect(run.status, run.transcript).toBe(0);
  });
});
