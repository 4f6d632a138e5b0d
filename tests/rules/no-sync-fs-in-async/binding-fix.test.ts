import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, runWithData } from '../../rule-tester';

// Binding edits: which specifiers and properties go, and where the new binding lands.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [],
  invalid: [
    // Binding edits: which specifiers and properties go, and where the new binding lands.
    {
      code: `import { readFileSync, existsSync, statSync, } from 'node:fs';
async function f(p: string) {
  statSync(p);
  return existsSync(p) && readFileSync(p);
}`,
      output: `import { existsSync, } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  await fsPromises.stat(p);
  return existsSync(p) && await fsPromises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 14,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `import { readFileSync, statSync, } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
async function f(p: string) {
  statSync(p);
  return await fsPromises.access(p).then(() => true, () => false) && readFileSync(p);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
      name: 'several specifiers go, a trailing comma stays',
    },
    {
      code: `import { readFileSync } from 'fs';
import { statSync } from 'fs';
import { join } from 'path';
async function f(p: string) {
  statSync(join(p));
  return readFileSync(p);
}`,
      output: `import * as fsPromises from 'fs/promises';
import { join } from 'path';
async function f(p: string) {
  await fsPromises.stat(join(p));
  return await fsPromises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'two emptied import declarations: one becomes the new import, the other goes',
    },
    {
      code: `const { readFileSync, existsSync, statSync } = require('fs');
async function f(p) {
  statSync(p);
  return existsSync(p) && readFileSync(p);
}`,
      output: `const { promises: fsPromises, existsSync } = require('fs');
async function f(p) {
  await fsPromises.stat(p);
  return existsSync(p) && await fsPromises.readFile(p);
}`,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 14,
          suggestions: [],
        },
        {
          messageId: 'syncFsNotEquivalent',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useAccess',
              data: { twin: 'access' },
              output: `const { readFileSync, promises: fsPromises, statSync } = require('fs');
async function f(p) {
  statSync(p);
  return await fsPromises.access(p).then(() => true, () => false) && readFileSync(p);
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
      name: 'several destructured properties go',
    },
    {
      code: `const fsp = require('fs').promises;
const { readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}`,
      output: `const fsp = require('fs').promises;
async function f(p) {
  return await fsp.readFile(p);
}`,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'existing require(fs).promises binding: the emptied declaration goes',
    },
    {
      code: `const fsp = require('node:fs/promises'), { readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}`,
      output: `const fsp = require('node:fs/promises'), {} = require('fs');
async function f(p) {
  return await fsp.readFile(p);
}`,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'an emptied pattern beside another declarator stays as {}',
    },
    {
      code: `import { readFileSync } from 'node:fs';
async function f(p: string) {
  const fsPromises = p;
  return readFileSync(fsPromises);
}`,
      output: `import * as fsPromises2 from 'node:fs/promises';
async function f(p: string) {
  const fsPromises = p;
  return await fsPromises2.readFile(fsPromises);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
      ],
      name: 'a local that shadows the obvious name',
    },
    {
      code: `import { readFileSync } from 'node:fs';
export async function f(ps: string[]) {
  ps.map((p) => readFileSync(p));
  return readFileSync(ps[0] ?? '');
}`,
      output: `import { readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
export async function f(ps: string[]) {
  ps.map((p) => readFileSync(p));
  return await fsPromises.readFile(ps[0] ?? '');
}`,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 32,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 35,
          suggestions: [],
        },
      ],
      name: 'a use left in a callback keeps the specifier',
    },
    {
      code: `const { readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}
f('a');
const fsp = require('fs/promises');
module.exports = fsp;`,
      output: `const { promises: fsPromises } = require('fs');
async function f(p) {
  return await fsPromises.readFile(p);
}
f('a');
const fsp = require('fs/promises');
module.exports = fsp;`,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'a promises binding declared later is not reused: f may run before it is initialised',
    },
    {
      code: `const { promises: fsp, readFileSync } = require('fs');
async function f(p) {
  return readFileSync(p);
}
async function g(fsp) {
  return readFileSync(fsp);
}
module.exports = { fsp, f, g };`,
      output: `const { promises: fsp, readFileSync } = require('fs');
async function f(p) {
  return await fsp.readFile(p);
}
async function g(fsp) {
  return readFileSync(fsp);
}
module.exports = { fsp, f, g };`,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 27,
          suggestions: [],
        },
      ],
      name: 'an existing promises property is reused only where it is not shadowed',
    },
  ],
});
