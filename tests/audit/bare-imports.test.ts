// Which non-relative specifiers may lead to a project file only type information finds (lib/audit/bareImports.ts):
// under --config with --cache, a file holding one is linted again on every cached run.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { opaqueSpecifiers } from '../../lib/audit/bareImports';
import { makeTempDir, removeTempDir } from '../integration/support/workspace';

let dir: string;
let importer: string;

beforeAll(() => {
  dir = makeTempDir('bare-imports');
  mkdirSync(path.join(dir, 'node_modules/installed'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules/@scope/pkg'), { recursive: true });
  mkdirSync(path.join(dir, 'packages/shared'), { recursive: true });
  symlinkSync(path.join(dir, 'packages/shared'), path.join(dir, 'node_modules/shared'), 'dir');
  mkdirSync(path.join(dir, 'src/deep'), { recursive: true });
  importer = path.join(dir, 'src/deep/main.ts');
});

afterAll(() => {
  removeTempDir(dir);
});

describe('opaqueSpecifiers', () => {
  it('leaves out relative specifiers, Node built-ins and installed packages', () => {
    const isOpaque = opaqueSpecifiers();
    for (const specifier of [
      './helper',
      '../x',
      'fs',
      'node:fs/promises',
      'installed',
      'installed/sub',
      '@scope/pkg/a',
    ]) {
      expect(isOpaque(importer, specifier), specifier).toBe(false);
    }
  });

  it('takes in an alias, a missing package and a workspace package linked into node_modules', () => {
    const isOpaque = opaqueSpecifiers();
    for (const specifier of ['@app/helper', 'missing', 'shared', 'shared/sub']) {
      expect(isOpaque(importer, specifier), specifier).toBe(true);
    }
  });
});
