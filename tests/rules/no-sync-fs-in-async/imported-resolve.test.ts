import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { isRelativeSpecifier, resolveRelativeImport } from '../../../lib/rules/no-sync-fs-in-async-utils/resolveImport';

// Resolution of relative specifiers without type information, on the fixture tree tests/fixtures/cross-module/resolve.
const root = path.join(__dirname, '..', '..', 'fixtures', 'cross-module', 'resolve');
const importer = path.join(root, 'importer.ts');
const resolve = (specifier: string): string | undefined => {
  const found = resolveRelativeImport(importer, specifier);
  return found == null ? undefined : path.relative(root, found).split(path.sep).join('/');
};

describe('resolveRelativeImport', () => {
  it('adds an extension, TypeScript sources first', () => {
    expect(resolve('./plain')).toBe('plain.ts');
    expect(resolve('./mapped')).toBe('mapped.ts');
  });
  it('reads `.js` as the `.ts` source beside it, `.mjs` as `.mts`, and keeps an exact `.js` without one', () => {
    expect(resolve('./mapped.js')).toBe('mapped.ts');
    expect(resolve('./esm.mjs')).toBe('esm.mts');
    expect(resolve('./esm.mts')).toBe('esm.mts');
    expect(resolve('./jsonly/exact.js')).toBe('jsonly/exact.js');
    expect(resolve('./jsonly/exact')).toBe('jsonly/exact.js');
  });
  it("follows a directory's index file and its package.json main, never its exports", () => {
    expect(resolve('./dir')).toBe('dir/index.ts');
    expect(resolve('./dir/')).toBe('dir/index.ts');
    expect(resolve('./pkg')).toBe('pkg/index.ts');
    expect(resolve('./pkgmain')).toBe('pkgmain/lib/entry.ts');
    expect(resolve('./pkgdot')).toBe('pkgdot/m.ts');
    expect(resolve('./pkgexports')).toBeUndefined();
    expect(resolve('../resolve/plain')).toBe('plain.ts');
  });
  it('gives nothing for a missing file, a declaration file, JSON, or a bare specifier', () => {
    expect(resolve('./missing')).toBeUndefined();
    expect(resolve('./types')).toBeUndefined();
    expect(resolve('./types.d.ts')).toBeUndefined();
    expect(resolve('./data.json')).toBeUndefined();
    expect(resolve('plain')).toBeUndefined();
    expect(isRelativeSpecifier('node:fs')).toBe(false);
    expect(isRelativeSpecifier('..')).toBe(true);
  });

  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'resolve-import-'));
  afterAll(() => {
    fs.rmSync(temporary, { recursive: true, force: true });
  });
  it('never follows a specifier into node_modules', () => {
    fs.mkdirSync(path.join(temporary, 'node_modules', 'dep'), { recursive: true });
    fs.writeFileSync(path.join(temporary, 'node_modules', 'dep', 'index.ts'), 'export {};\n');
    const from = path.join(temporary, 'a.ts');
    expect(resolveRelativeImport(from, './node_modules/dep')).toBeUndefined();
    expect(resolveRelativeImport(from, './node_modules/dep/index.ts')).toBeUndefined();
    // Inside an installed package, its own files are siblings like any other.
    const inside = path.join(temporary, 'node_modules', 'dep', 'main.ts');
    expect(resolveRelativeImport(inside, './index')).toBe(path.join(temporary, 'node_modules', 'dep', 'index.ts'));
  });
});
