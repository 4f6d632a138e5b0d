import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { js, runWithData } from '../../rule-tester';

// Blocking helpers one module away: the fixture project tests/fixtures/cross-module/project holds the imported
// modules; each case lints a file `main.ts` beside them (it need not exist: its text is the case's code).
const project = path.join(__dirname, '..', '..', 'fixtures', 'cross-module', 'project');
const filename = path.join(project, 'main.ts');

const imported = (helper: string, source: string, chain: string, line: number, column: number, endColumn: number) =>
  ({
    messageId: 'syncFsInImportedHelper',
    data: { helper, source, chain },
    line,
    column,
    endLine: line,
    endColumn,
  }) as const;

runWithData(new RuleTester(), 'no-sync-fs-in-async imported helpers: detection', rule, {
  valid: [
    {
      name: 'followImports off',
      filename,
      code: `import { loadSettings } from './config';
async function main() {
  return loadSettings('a.json');
}`,
      options: [{ followImports: false }],
    },
    {
      name: 'valid: an async export, a pure export, a call outside async code, a type-only import',
      filename,
      code: `import { loadLater, pure, loadSettings } from './config';
import type { loadSettings as Load } from './config';
export function sync() {
  return loadSettings('a.json');
}
async function main(load: typeof Load) {
  setTimeout(() => loadSettings('b.json'), 0);
  return [await loadLater('x'), pure(1), load('y')];
}`,
    },
    {
      name: 'valid: a module that does not parse, a missing module, an instance method, a module in node_modules',
      filename,
      code: `import { broken } from './broken';
import { missing } from './missing';
import Store from './store';
import { dep } from './node_modules/dep';
async function main(store: Store) {
  return [broken('a'), missing(), store.size(), new Store().size(), dep()];
}`,
    },
    {
      name: 'valid: a shadowed name is not the import',
      filename,
      code: `import { loadSettings } from './config';
async function main() {
  const loadSettings = (p: string) => p;
  return loadSettings('a.json');
}`,
    },
    {
      name: 'valid: no file on disk (a relative filename) reads no other module',
      filename: 'main.ts',
      code: `import { loadSettings } from './config';
async function main() {
  return loadSettings('a.json');
}`,
    },
  ],
  invalid: [
    {
      name: 'a named import, depth 1, no fix',
      filename,
      code: `import { loadSettings } from './config';
async function main() {
  return loadSettings('a.json');
}`,
      output: null,
      errors: [imported('loadSettings', './config', '`readFileSync` at config.ts:4', 3, 10, 32)],
    },
    {
      name: 'a chain across modules: `.js` written for `.ts`, a module without `Sync` in its text',
      filename,
      code: `import { loadWrapped } from './wrapper.js';
export const main = async () => loadWrapped('a');`,
      output: null,
      errors: [imported('loadWrapped', './wrapper.js', '`readRaw()` → `readFileSync` at raw.ts:3', 2, 33, 49)],
    },
    {
      name: 'a directory index that re-exports under another name and with `export *`',
      filename,
      code: `import { load, loadWrapped as wrapped } from './barrel';
async function main() {
  load('a');
  await Promise.resolve();
  wrapped('b');
}`,
      output: null,
      errors: [
        imported('load', './barrel', '`readFileSync` at config.ts:4', 3, 3, 12),
        imported('wrapped', './barrel', '`readRaw()` → `readFileSync` at raw.ts:3', 5, 3, 15),
      ],
    },
    {
      name: 'a namespace import, a default export, a static method of a default class, an exported object',
      filename,
      code: `import * as config from './config';
import size from './size';
import Store, { paths } from './store';
async function main() {
  config.loadSettings('a');
  size('b');
  Store.has('c');
  return paths.config();
}`,
      output: null,
      errors: [
        imported('config.loadSettings', './config', '`readFileSync` at config.ts:4', 5, 3, 27),
        imported('size', './size', '`statSync` at size.ts:4', 6, 3, 12),
        imported('Store.has', './store', '`existsSync` at store.ts:5', 7, 3, 17),
        imported('paths.config', './store', '`existsSync` at store.ts:15', 8, 10, 24),
      ],
    },
    {
      name: 'modules that import each other: the chain goes round the cycle',
      filename,
      code: `import { startA } from './cycleA';
async function main() {
  return startA('.');
}`,
      output: null,
      errors: [imported('startA', './cycleA', '`viaB()` → `listA()` → `readdirSync` at cycleA.ts:9', 3, 10, 21)],
    },
    {
      name: 'JavaScript parsed by espree, with the scope analysis of ESLint',
      filename: path.join(project, 'main.js'),
      languageOptions: js,
      code: `import { ensureDir } from './dirs.js';
export async function main() {
  ensureDir('out');
}`,
      output: null,
      errors: [imported('ensureDir', './dirs.js', '`mkdirSync` at dirs.js:4', 3, 3, 19)],
    },
    {
      name: 'a callback that runs at once inside the async function',
      filename,
      code: `import { loadSettings } from './config';
async function main(files: string[]) {
  return files.map((f) => loadSettings(f));
}`,
      output: null,
      errors: [imported('loadSettings', './config', '`readFileSync` at config.ts:4', 3, 27, 42)],
    },
  ],
});
