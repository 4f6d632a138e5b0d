import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, runWithData } from '../../rule-tester';

// A sync fs function passed itself as the callback of a call that runs it at once (`files.forEach(fs.unlinkSync)`)
// blocks the async function as a direct call does. Reported without a fix or suggestion: `forEach` would not wait
// for an async twin, `filter` would keep every promise, and `Promise.all(files.map(readFile))` would read every
// file at once, so no rewrite does what the method did.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [
    // Not while an async function runs.
    {
      code: `import fs from 'fs';
export function clean(files: string[]) {
  files.forEach(fs.unlinkSync);
}`,
      name: 'in a sync function',
    },
    {
      code: `import { unlinkSync } from 'fs';
export async function later(file: string) {
  setTimeout(unlinkSync, 10, file);
  process.on('exit', () => [file].forEach(unlinkSync));
}`,
      name: 'a deferred callback, and a callback run at once inside it',
    },
    // Not called by the method.
    {
      code: `import fs from 'fs';
export async function f(files: string[], g: (file: string) => string) {
  const read = fs.readFileSync;
  return [files.map(g, fs.readFileSync), files.map(g), read];
}`,
      name: 'the second argument (thisArg), and a plain read',
    },
    {
      code: `import { readFileSync } from 'fs';
export async function f(files: string[], read = readFileSync) {
  return files.map(read);
}`,
      name: 'an alias is not followed',
    },
    // Not fs at run time.
    {
      code: `let fs = require('fs');
fs = { unlinkSync() {} };
async function f(files) {
  files.forEach(fs.unlinkSync);
}
module.exports = { f };`,
      languageOptions: cjs,
      name: 'a module binding reassigned later',
    },
    {
      code: `const fs = { unlinkSync(path: string) { return path; } };
export async function f(files: string[]) {
  files.forEach(fs.unlinkSync);
}`,
      name: 'an object that is not fs',
    },
  ],
  invalid: [
    {
      code: `import fs from 'node:fs';
export async function clean(files: string[]) {
  files.forEach(fs.unlinkSync);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises', method: 'forEach' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 30,
          suggestions: [],
        },
      ],
      name: 'a member of the default import, passed to forEach',
    },
    {
      code: `import { readFileSync, unlinkSync as remove } from 'fs';
export async function readAll(files: string[]) {
  files.forEach(remove);
  return files.map(readFileSync);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises', method: 'forEach' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises', method: 'map' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 32,
          suggestions: [],
        },
      ],
      name: 'named imports, one renamed, passed to forEach and map: report only, no suggestion',
    },
    {
      code: `const { existsSync } = require('fs');
async function present(files) {
  return files.filter(existsSync);
}
module.exports = { present };`,
      output: null,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises', method: 'filter' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 33,
          suggestions: [],
        },
      ],
      name: 'a destructured require() passed to filter',
    },
    {
      code: `import * as fs from 'fs';
export async function sizes(dirs: string[][]) {
  const stat = fs.statSync as (path: string) => fs.Stats;
  dirs.forEach((files) => files.map(fs.statSync as (path: string) => fs.Stats));
  return stat;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises', method: 'map' },
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 48,
          suggestions: [],
        },
      ],
      name: 'inside a callback that runs at once, through `as`; an alias is not followed',
    },
    {
      code: `import { closeSync, lchmodSync } from 'fs';
import fse from 'fs-extra';
export async function finish(fds: number[], links: string[], dirs: string[]) {
  fds.forEach(closeSync);
  links.forEach(lchmodSync);
  dirs.forEach(fse.ensureDirSync);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'closeSync', twin: 'close', source: 'fs/promises', method: 'forEach' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsNoPromiseVersion',
          data: { name: 'lchmodSync', twin: 'lchmod', source: 'fs/promises', method: 'forEach' },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'ensureDirSync', twin: 'ensureDir', source: 'fs-extra', method: 'forEach' },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 33,
          suggestions: [],
        },
      ],
      name: "descriptor and no-promise-version functions keep their messages; fs-extra's own helper",
    },
    {
      code: `import { readFileSync } from 'fs';
export const load = async (files: string[], texts = files.map(readFileSync)) => texts;`,
      output: null,
      errors: [
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises', method: 'map' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 75,
          suggestions: [],
        },
      ],
      name: 'in a parameter default of an async arrow',
    },
    {
      code: `const fs = require('node:fs');
async function clean(files) {
  files.forEach(fs?.unlinkSync);
}
module.exports = { clean };`,
      output: null,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsAsCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises', method: 'forEach' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 31,
          suggestions: [],
        },
      ],
      name: 'through an optional member',
    },
    {
      code: `import { deleteSync } from 'my-fs';
export async function clean(files: string[]) {
  files.forEach(deleteSync);
}`,
      output: null,
      options: [{ modules: ['my-fs'] }],
      errors: [
        {
          messageId: 'syncCallInAsync',
          data: { name: 'deleteSync', twin: '', source: 'my-fs', method: 'forEach' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
      ],
      name: 'an export of the modules option',
    },
  ],
});
