import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// Each fix class: exact twins, conditional ones, suggestions, and report-only functions.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
async function f(fd: number, p: string) {
  fs.readFileSync(fd);
  fs.writeFileSync(1, 'x');
  fs.appendFileSync(process.stdout.fd, 'x');
  const handle = fs.openSync(p, 'a');
  fs.appendFileSync(handle, 'x');
  fs.truncateSync(p);
}`,
      output: `import fs from 'node:fs';
async function f(fd: number, p: string) {
  fs.readFileSync(fd);
  fs.writeFileSync(1, 'x');
  fs.appendFileSync(process.stdout.fd, 'x');
  const handle = fs.openSync(p, 'a');
  fs.appendFileSync(handle, 'x');
  await fs.promises.truncate(p);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'appendFileSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 44,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'appendFileSync' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'truncateSync', twin: 'truncate', source: 'fs/promises' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'descriptor arguments, named or initialised by openSync: no fix',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, opts: object) {
  fs.statSync(p, { throwIfNoEntry: true });
  fs.statSync(p, opts);
  fs.lstatSync(p, { throwIfNoEntry: false });
}`,
      output: `import fs from 'node:fs';
async function f(p: string, opts: object) {
  await fs.promises.stat(p, { throwIfNoEntry: true });
  fs.statSync(p, opts);
  fs.lstatSync(p, { throwIfNoEntry: false });
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 43,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'lstatSync', twin: 'lstat', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'catchNoEntry',
              data: { twin: 'lstat' },
              output: `import fs from 'node:fs';
async function f(p: string, opts: object) {
  fs.statSync(p, { throwIfNoEntry: true });
  fs.statSync(p, opts);
  await fs.promises.lstat(p, { throwIfNoEntry: false }).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error)));
}`,
            },
          ],
        },
      ],
      name: 'throwIfNoEntry',
    },
    {
      code: `import { statSync } from 'node:fs';
async function f(p: string) {
  return statSync(p, { throwIfNoEntry: false })?.isFile();
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'catchNoEntry',
              data: { twin: 'stat' },
              output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return (await fsPromises.stat(p, { throwIfNoEntry: false }).catch((error) => (error?.code === 'ENOENT' ? undefined : Promise.reject(error))))?.isFile();
}`,
            },
          ],
        },
      ],
      name: 'throwIfNoEntry: false through a named import, in a member chain',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  if (!fs.existsSync(p)) return;
  return fs.existsSync(p).valueOf();
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  if (!await fs.promises.access(p).then(() => true, () => false)) return;
  return fs.existsSync(p).valueOf();
}`,
            },
          ],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  if (!fs.existsSync(p)) return;
  return (await fs.promises.access(p).then(() => true, () => false)).valueOf();
}`,
            },
          ],
        },
      ],
      name: 'existsSync',
    },
    {
      code: `import { existsSync } from 'node:fs';
async function f(p: string) {
  return existsSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return await fsPromises.access(p).then(() => true, () => false);
}`,
            },
          ],
        },
      ],
      name: 'existsSync through a named import',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.realpathSync(p);
  fs.realpathSync.native(p);
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  fs.realpathSync(p);
  await fs.promises.realpath(p);
}`,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'realpathSync', twin: 'realpath', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useRealpath',
              data: { twin: 'realpath' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises.realpath(p);
  fs.realpathSync.native(p);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 28,
          suggestions: [],
        },
      ],
      name: 'realpathSync and realpathSync.native',
    },
    {
      code: `import { realpathSync } from 'node:fs';
async function f(p: string) {
  return realpathSync.native(p);
}`,
      output: `import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  return await fsPromises.realpath(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 32,
          suggestions: [],
        },
      ],
      name: 'realpathSync.native through a named import',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  return fs.globSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'globSync', twin: 'glob', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useGlob',
              data: { twin: 'glob' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  return await Array.fromAsync(fs.promises.glob(p));
}`,
            },
          ],
        },
      ],
      name: 'globSync',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  using dir = fs.mkdtempDisposableSync(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'mkdtempDisposableSync', twin: 'mkdtempDisposable', source: 'fs/promises' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useMkdtempDisposable',
              data: { twin: 'mkdtempDisposable' },
              output: `import fs from 'node:fs';
async function f(p: string) {
  await using dir = await fs.promises.mkdtempDisposable(p);
}`,
            },
          ],
        },
      ],
      name: 'mkdtempDisposableSync in a using declaration',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  const fd = fs.openSync(p, 'r');
  fs.fstatSync(fd);
  fs.closeSync(fd);
  fs.lchmodSync(p, 0o644);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'fstatSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'closeSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          suggestions: [],
        },
        {
          messageId: 'syncFsNoPromiseVersion',
          data: { name: 'lchmodSync', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'descriptor family and lchmodSync: report only',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.readFileSync.call(fs, p);
  fs?.readFileSync(p);
  fs.readFileSync(...[p]);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 30,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'call/apply, optional calls and spread: no fix',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, source: number | string, o: { recursive: boolean }) {
  fs.readFileSync(source, 'utf8');
  fs.readdirSync(p, { recursive: true });
  fs.readdirSync(p, o);
  fs.readdirSync(p, 'utf8');
  fs.readdirSync(p, { withFileTypes: true, recursive: false });
}`,
      output: `import fs from 'node:fs';
async function f(p: string, source: number | string, o: { recursive: boolean }) {
  fs.readFileSync(source, 'utf8');
  fs.readdirSync(p, { recursive: true });
  fs.readdirSync(p, o);
  await fs.promises.readdir(p, 'utf8');
  await fs.promises.readdir(p, { withFileTypes: true, recursive: false });
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 41,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 63,
          suggestions: [],
        },
      ],
      name: 'a number in the annotation, recursive readdir: no fix (fs/promises lists in another order on Node.js 20)',
    },
    {
      code: `import fse from 'fs-extra';
async function f(p: string) {
  fse.readJsonSync(p, { throws: false });
  fse.readJSONSync(p, { encoding: 'utf8' });
}`,
      output: `import fse from 'fs-extra';
async function f(p: string) {
  fse.readJsonSync(p, { throws: false });
  await fse.readJSON(p, { encoding: 'utf8' });
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readJsonSync', twin: 'readJson', source: 'fs-extra' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 41,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readJSONSync', twin: 'readJSON', source: 'fs-extra' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 44,
          suggestions: [],
        },
      ],
      name: 'readJsonSync with throws: false: no fix',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string[]) {
  const a = fs.existsSync(...p);
  const b = fs.existsSync?.(p[0]);
  return fs.globSync.call(fs, p) && a && b;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsNeedsRewrite',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 32,
          suggestions: [],
        },
        {
          messageId: 'syncFsNeedsRewrite',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'syncFsNeedsRewrite',
          data: { name: 'globSync', twin: 'glob', source: 'fs/promises' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 33,
          suggestions: [],
        },
      ],
      name: 'no drop-in twin and no suggestion: the message promises none',
    },
    {
      code: `import fs from 'node:fs';
import { realpathSync } from 'node:fs';
async function f(p: string) {
  (fs.realpathSync).native(p);
  fs.realpathSync /* JS-free */ .native(p);
  (realpathSync).native(p);
  realpathSync // native
    .native(p);
}`,
      output: `import fs from 'node:fs';
import { realpathSync } from 'node:fs';
async function f(p: string) {
  await (fs.promises.realpath)(p);
  await fs.promises.realpath /* JS-free */ (p);
  await fs.promises.realpath(p);
  realpathSync // native
    .native(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 30,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 43,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'realpathSync.native', twin: 'realpath', source: 'fs/promises' },
          line: 7,
          column: 3,
          endLine: 8,
          endColumn: 15,
          suggestions: [],
        },
      ],
      name: 'realpathSync.native with parentheses or comments inside the callee: balanced, comments kept or no fix',
    },
  ],
});
