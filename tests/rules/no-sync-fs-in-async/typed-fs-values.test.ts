import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData, typedRuleTester } from '../../rule-tester';

// With type information, sync fs calls through values the tracker cannot see (a field or parameter typed as Node's fs
// module, `deps.fs`, a function re-exported by another module of the program) are recognised by the declaration the
// checker resolves the called name to; the same code without types shows what the tracker alone sees. Modules:
// tests/fixtures/no-sync-fs-in-async/typed/ (fsReexport.ts, withSetup.ts, ownFs.ts).

const FIELD = `export class Store {
  constructor(private readonly fs: typeof import('node:fs')) {}

  async load(file: string) {
    return this.fs.readFileSync(file, 'utf8');
  }
}`;
/** A stub spread from fs with its own `readFileSync`: `this.fs.promises` is the real fs's, not the stub's. */
const STUB = `import * as nodeFs from 'node:fs';
type Fs = typeof import('node:fs');
const fake: Fs = { ...nodeFs, readFileSync: ((file: string) => 'stub') as Fs['readFileSync'] };
export class Store {
  constructor(private readonly fs: Fs = fake) {}
  async load(file: string) {
    return this.fs.readFileSync(file, 'utf8');
  }
}`;
/** cachedFs.js has a hand-written cachedFs.d.ts that re-exports fs's `readFileSync` as its own type. */
const TYPED_JS = `import { readFileSync } from './cachedFs.js';
export async function load(file: string) {
  return readFileSync(file, 'utf8');
}`;
const PARAMETERS = `export async function size(fs: typeof import('node:fs'), file: string) {
  return fs.statSync(file).size;
}
export async function drop(deps: { fs: typeof import('fs') }, file: string) {
  deps.fs.unlinkSync(file);
}`;
const RE_EXPORTED = `import { readFileSync, statOfSync, nodeFs } from './fsReexport.js';
export async function load(file: string) {
  const text = readFileSync(file, 'utf8');
  nodeFs.mkdirSync(file);
  return statOfSync(file).size + text.length;
}`;
const NAMESPACE = `import * as reexports from './fsReexport.js';
export async function load(file: string) {
  return reexports.readFileSync(file, 'utf8');
}`;
const WITH_SETUP = `import { writeFileSync } from './withSetup.js';
export async function save(file: string) {
  writeFileSync(file, 'x');
}`;
const WITH_SETUP_KEPT = `import { writeFileSync, loadedAt } from './withSetup.js';
export async function save(file: string) {
  writeFileSync(file, String(loadedAt));
}`;
const CLASSES = `import nodeFs from 'node:fs';
export class Store {
  constructor(private readonly fs: typeof nodeFs, private readonly fse: typeof import('fs-extra')) {}

  async save(file: string, fd: number) {
    if (!this.fs.existsSync(file)) this.fs.writeFileSync(file, 'x');
    this.fs.readFileSync(fd);
    this.fs.realpathSync.native(file);
    nodeFs.rmSync(file);
    this.fse.readJsonSync(file);
  }
}`;
const HELPER = `function readConfig(fs: typeof import('node:fs'), file: string): string {
  return fs.readFileSync(file, 'utf8');
}
export async function start(fs: typeof import('node:fs'), file: string) {
  return readConfig(fs, file);
}`;

/** Cases whose verdict types do not change: look-alikes, and fs values outside async code. */
const SAME_EITHER_WAY = [
  {
    code: `import { OwnFs } from './ownFs.js';
export class Store {
  constructor(private readonly fs: OwnFs) {}

  async load(file: string) {
    return this.fs.readFileSync(file) + String(this.fs.statSync(file).size);
  }
}`,
    name: "a look-alike: the project's own class with fs's method names",
  },
  {
    code: `export async function load(few: Pick<typeof import('node:fs'), 'readFileSync'>, file: string) {
  return few.readFileSync(file, 'utf8');
}`,
    name: "a mapped type's member is the type's own, not fs's declaration",
  },
  {
    code: `export function load(fs: typeof import('node:fs'), file: string) {
  return fs.readFileSync(file, 'utf8');
}`,
    name: 'an fs value used outside async code',
  },
];

const READ = { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' };

runWithData(typedRuleTester('no-sync-fs-in-async/typed'), 'no-sync-fs-in-async: typed fs values', rule, {
  valid: SAME_EITHER_WAY,
  invalid: [
    {
      code: FIELD,
      output: null,
      name: 'a field typed as the fs module: its `promises` is there by type, its value may be a stub (suggestion)',
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: READ,
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'usePromisesOfValue',
              data: { receiver: 'this.fs', twin: 'readFile' },
              output: FIELD.replace('return this.fs.readFileSync(', 'return await this.fs.promises.readFile('),
            },
          ],
        },
      ],
    },
    {
      code: STUB,
      output: null,
      name: 'a stub spread from fs with its own readFileSync: its `promises` is the real one, so no autofix',
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: READ,
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'usePromisesOfValue',
              data: { receiver: 'this.fs', twin: 'readFile' },
              output: STUB.replace('return this.fs.readFileSync(', 'return await this.fs.promises.readFile('),
            },
          ],
        },
      ],
    },
    {
      code: TYPED_JS,
      output: null,
      name: 'a JS module typed by a hand-written .d.ts that re-exports fs: reported once, by the imported path',
      errors: [
        {
          messageId: 'syncFsInImportedHelper',
          data: { helper: 'readFileSync', source: './cachedFs.js', chain: '`readFileSync` at cachedFs.js:8' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      code: PARAMETERS,
      output: null,
      name: 'a parameter typed as the fs module, and `deps.fs`: suggestions',
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'usePromisesOfValue',
              data: { receiver: 'fs', twin: 'stat' },
              output: PARAMETERS.replace('fs.statSync(file).size', '(await fs.promises.stat(file)).size'),
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'usePromisesOfValue',
              data: { receiver: 'deps.fs', twin: 'unlink' },
              output: PARAMETERS.replace('deps.fs.unlinkSync(', 'await deps.fs.promises.unlink('),
            },
          ],
        },
      ],
    },
    {
      code: RE_EXPORTED,
      output: `import { readFileSync, nodeFs } from './fsReexport.js';
import * as fsPromises from 'fs/promises';
export async function load(file: string) {
  const text = readFileSync(file, 'utf8');
  nodeFs.mkdirSync(file);
  return (await fsPromises.stat(file)).size + text.length;
}`,
      name: 're-exports from a module that only re-exports fs: renamed, a namespace, and a check-then-act pair',
      errors: [
        {
          messageId: 'syncFsCheckBeforeAct',
          data: { ...READ, related: 'mkdirSync' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'readFile' },
              output: `import { statOfSync, nodeFs } from './fsReexport.js';
import * as fsPromises from 'fs/promises';
export async function load(file: string) {
  const text = await fsPromises.readFile(file, 'utf8');
  nodeFs.mkdirSync(file);
  return statOfSync(file).size + text.length;
}`,
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises', related: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'mkdir' },
              output: RE_EXPORTED.replace('nodeFs.mkdirSync(', 'await nodeFs.promises.mkdir('),
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      code: NAMESPACE,
      output: null,
      name: "a namespace of a re-exporting module: fs's function, but no `promises` to call the twin through",
      errors: [{ messageId: 'syncFsInAsync', data: READ, line: 3, column: 10, endLine: 3, endColumn: 46 }],
    },
    {
      code: WITH_SETUP,
      output: null,
      name: 'a re-export from a module with code of its own: dropping its only import would stop it loading',
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      code: WITH_SETUP_KEPT,
      output: `import { loadedAt } from './withSetup.js';
import * as fsPromises from 'fs/promises';
export async function save(file: string) {
  await fsPromises.writeFile(file, String(loadedAt));
}`,
      name: 'the same module still loads through another binding of its import',
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 40,
        },
      ],
    },
    {
      code: CLASSES,
      output: CLASSES.replace('nodeFs.rmSync(', 'await nodeFs.promises.rm('),
      name: 'typed calls join the check-then-act and descriptor analysis; fs-extra; `.native`; tracked calls once',
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: CLASSES.replace(
                '!this.fs.existsSync(file)',
                '!await this.fs.promises.access(file).then(() => true, () => false)',
              ),
            },
          ],
        },
        {
          messageId: 'syncFsCheckThenAct',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises', related: 'existsSync' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'writeExclusive',
              data: { twin: 'writeFile' },
              output: CLASSES.replace(
                "this.fs.writeFileSync(file, 'x')",
                "await this.fs.promises.writeFile(file, 'x', { flag: 'wx' })",
              ),
            },
            {
              messageId: 'awaitNotAtomic',
              data: { twin: 'writeFile' },
              output: CLASSES.replace(
                "this.fs.writeFileSync(file, 'x')",
                "await this.fs.promises.writeFile(file, 'x')",
              ),
            },
          ],
        },
        { messageId: 'syncFsDescriptor', data: READ, line: 7, column: 5, endLine: 7, endColumn: 29 },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'usePromisesOfValue',
              data: { receiver: 'this.fs', twin: 'realpath' },
              output: CLASSES.replace('this.fs.realpathSync.native(', 'await this.fs.promises.realpath('),
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'rmSync', twin: 'rm', source: 'fs/promises' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 24,
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readJsonSync', twin: 'readJson', source: 'fs-extra' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useTwinOfValue',
              data: { receiver: 'this.fse', twin: 'readJson' },
              output: CLASSES.replace('this.fse.readJsonSync(', 'await this.fse.readJson('),
            },
          ],
        },
      ],
    },
    {
      code: HELPER,
      output: null,
      name: 'a sync helper that reads through a typed fs parameter',
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'readConfig', chain: '`readFileSync`', line: '2' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'readConfig' },
              output: `async function readConfig(fs: typeof import('node:fs'), file: string): Promise<string> {
  return await fs.promises.readFile(file, 'utf8');
}
export async function start(fs: typeof import('node:fs'), file: string) {
  return await readConfig(fs, file);
}`,
            },
          ],
        },
      ],
    },
  ],
});

// The same code without type information: the tracker sees no fs binding in these calls.
runWithData(new RuleTester(), 'no-sync-fs-in-async: the same fs values untyped', rule, {
  valid: [
    ...SAME_EITHER_WAY,
    { code: FIELD, name: 'untyped: a field typed as the fs module is not seen' },
    { code: PARAMETERS, name: 'untyped: fs parameters are not seen' },
    { code: RE_EXPORTED, name: 'untyped: re-exports from a local module are not seen' },
    { code: NAMESPACE, name: 'untyped: a namespace of a re-exporting module is not seen' },
    { code: WITH_SETUP, name: 'untyped: a re-export from a module with code of its own is not seen' },
    { code: HELPER, name: 'untyped: a helper reading through a typed fs parameter is not seen' },
  ],
  invalid: [
    {
      code: CLASSES,
      output: CLASSES.replace('nodeFs.rmSync(', 'await nodeFs.promises.rm('),
      name: 'untyped: only the call through the import is seen',
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'rmSync', twin: 'rm', source: 'fs/promises' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 24,
        },
      ],
    },
  ],
});
