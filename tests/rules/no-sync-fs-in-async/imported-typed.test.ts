import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { typedImportResolver } from '../../../lib/rules/no-sync-fs-in-async-utils/typedImports';
import { runWithData, typedRuleTester } from '../../rule-tester';

// Imports the type checker resolves: the fixture project tests/fixtures/cross-module-typed maps `@app/*` to src/*
// (`paths`) and links the workspace package packages/util into node_modules/@ws/util; node_modules also holds a
// package typed by a declaration file and one that ships its TypeScript source. Each case lints src/main.ts.
const project = path.join(__dirname, '..', '..', 'fixtures', 'cross-module-typed');
const filename = path.join(project, 'src', 'main.ts');
/** The typed tester takes the file's path from its tsconfigRootDir (the fixture). */
const typedFilename = path.join('src', 'main.ts');

const imported = (helper: string, source: string, chain: string, line: number, column: number, endColumn: number) =>
  ({
    messageId: 'syncFsInImportedHelper',
    data: { helper, source, chain },
    line,
    column,
    endLine: line,
    endColumn,
  }) as const;

const ALIAS = `import { loadSettings } from '@app/config';
async function main() {
  return loadSettings('a.json');
}`;
const WORKSPACE = `import { readManifest } from '@ws/util';
async function main() {
  return readManifest('.');
}`;

runWithData(typedRuleTester('cross-module-typed'), 'no-sync-fs-in-async imported helpers: typed resolution', rule, {
  valid: [
    {
      name: 'a package typed by a declaration file is not followed',
      filename: typedFilename,
      code: `import { readConfig } from 'typed-only';
async function main() {
  return readConfig('a.json');
}`,
    },
    {
      name: 'a package in node_modules that ships its TypeScript source is not followed',
      filename: typedFilename,
      code: `import { readShipped } from 'shipped-ts';
async function main() {
  return readShipped('a.json');
}`,
    },
    {
      name: 'an async or pure export of an alias or a workspace package does not block',
      filename: typedFilename,
      code: `import { loadLater } from '@app/config';
import { pure } from '@ws/util';
async function main() {
  return [await loadLater('a'), pure(1)];
}`,
    },
    { name: 'followImports off', filename: typedFilename, code: ALIAS, options: [{ followImports: false }] },
  ],
  invalid: [
    {
      name: 'a `paths` alias',
      filename: typedFilename,
      code: ALIAS,
      output: null,
      errors: [imported('loadSettings', '@app/config', '`readFileSync` at config.ts:4', 3, 10, 32)],
    },
    {
      name: 'a workspace package linked into node_modules, through its re-export',
      filename: typedFilename,
      code: WORKSPACE,
      output: null,
      errors: [imported('readManifest', '@ws/util', '`readFileSync` at manifest.ts:4', 3, 10, 27)],
    },
    {
      name: 'a namespace import of a workspace package beside a relative import',
      filename: typedFilename,
      code: `import * as util from '@ws/util';
import { loadSettings } from './config';
export const main = async () => [util.readManifest('.'), loadSettings('b')];`,
      output: null,
      errors: [
        imported('util.readManifest', '@ws/util', '`readFileSync` at manifest.ts:4', 3, 34, 56),
        imported('loadSettings', './config', '`readFileSync` at config.ts:4', 3, 58, 75),
      ],
    },
  ],
});

// Without type information only relative specifiers are followed.
runWithData(new RuleTester(), 'no-sync-fs-in-async imported helpers: aliases untyped', rule, {
  valid: [
    { name: 'a `paths` alias', filename, code: ALIAS },
    { name: 'a workspace package', filename, code: WORKSPACE },
  ],
  invalid: [],
});

/** The fixture's program with one more file, `importer.ts`, that imports each specifier. */
function programImporting(importer: string, specifiers: readonly string[], extra: ts.CompilerOptions = {}): ts.Program {
  const tsconfig = path.join(project, 'tsconfig.json');
  const config = ts.readConfigFile(tsconfig, (file) => ts.sys.readFile(file)).config as unknown;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, project, undefined, tsconfig);
  const options = { ...parsed.options, ...extra };
  const host = ts.createCompilerHost(options);
  const text = specifiers.map((specifier, index) => `import * as m${String(index)} from '${specifier}';`).join('\n');
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (file, ...rest) =>
    path.resolve(file) === importer
      ? ts.createSourceFile(file, text, ts.ScriptTarget.ES2022)
      : getSourceFile(file, ...rest);
  host.fileExists = (file) => path.resolve(file) === importer || fileExists(file);
  return ts.createProgram({ rootNames: [importer, ...parsed.fileNames], options, host });
}

describe('typedImportResolver', () => {
  it('is null without a program', () => {
    expect(typedImportResolver({ parserServices: {} } as never)).toBeNull();
    expect(typedImportResolver({} as never)).toBeNull();
  });
  it("gives the real paths of the program's own sources only, once per program", () => {
    const importer = path.join(project, 'src', 'importer.ts');
    const specifiers = [
      '@app/config',
      '@ws/util',
      'typed-only',
      'shipped-ts',
      './data.json',
      '@app/legacy',
      'virtual:settings',
      '@app/missing',
    ];
    const program = programImporting(importer, specifiers);
    const resolve = typedImportResolver({ parserServices: { program } } as never);
    const relative = (specifier: string, from = importer): string | null | undefined => {
      const found = resolve?.(from, specifier);
      return found == null ? found : path.relative(project, found).split(path.sep).join('/');
    };
    expect(relative('@app/config')).toBe('src/config.ts');
    expect(relative('@ws/util')).toBe('packages/util/src/index.ts');
    expect(relative('typed-only')).toBeNull();
    expect(relative('shipped-ts')).toBeNull();
    expect(relative('./data.json')).toBeNull();
    expect(relative('@app/legacy')).toBeNull();
    expect(relative('virtual:settings')).toBeNull();
    expect(relative('@app/missing')).toBeNull();
    // A specifier the file does not import, a file outside the program.
    expect(relative('@app/main')).toBeNull();
    expect(relative('@app/config', path.join(project, 'src', 'elsewhere.ts'))).toBeNull();
    expect(typedImportResolver({ parserServices: { program } } as never)).toBe(resolve);
  });
  it('follows a link into node_modules to its real path, where the program keeps the link', () => {
    const importer = path.join(project, 'src', 'importer.ts');
    const program = programImporting(importer, ['@ws/util'], { preserveSymlinks: true });
    // The program names the package's file by its link.
    const linked = path.join(project, 'node_modules', '@ws', 'util', 'src', 'index.ts').split(path.sep).join('/');
    expect(program.getSourceFile(linked)?.fileName).toBe(linked);
    const found = typedImportResolver({ parserServices: { program } } as never)?.(importer, '@ws/util');
    expect(found).toBe(path.join(project, 'packages', 'util', 'src', 'index.ts'));
  });
});
