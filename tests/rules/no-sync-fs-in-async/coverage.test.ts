import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { js } from '../../rule-tester';

// Documented behaviour with no case elsewhere: each callback the rule knows runs at once (lib/util/asyncContext.ts;
// `map`, `forEach` and `filter` are in contexts.test.ts), and the descriptor names `outFd` and `fileDescriptor`.
new RuleTester().run('no-sync-fs-in-async', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.every((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 42,
          suggestions: [],
        },
      ],
      name: 'every runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.find((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 41,
          suggestions: [],
        },
      ],
      name: 'find runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.findIndex((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 46,
          suggestions: [],
        },
      ],
      name: 'findIndex runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.findLast((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 45,
          suggestions: [],
        },
      ],
      name: 'findLast runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.findLastIndex((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 50,
          suggestions: [],
        },
      ],
      name: 'findLastIndex runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.flatMap((p) => fs.readdirSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 45,
          suggestions: [],
        },
      ],
      name: 'flatMap runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.reduce((n, p) => n + fs.statSync(p).size, 0);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 48,
          suggestions: [],
        },
      ],
      name: 'reduce runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.reduceRight((n, p) => n + fs.statSync(p).size, 0);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 53,
          suggestions: [],
        },
      ],
      name: 'reduceRight runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.some((p) => fs.existsSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 41,
          suggestions: [],
        },
      ],
      name: 'some runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 42,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 67,
          suggestions: [],
        },
      ],
      name: 'sort runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.toSorted((a, b) => fs.statSync(a).size - fs.statSync(b).size);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 46,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 68,
          suggestions: [],
        },
      ],
      name: 'toSorted runs its callback at once',
    },
    {
      code: `import fs from 'node:fs';
async function f(outFd, fileDescriptor, p) {
  fs.writeFileSync(outFd, p);
  fs.readFileSync(fileDescriptor, 'utf8');
  fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
async function f(outFd, fileDescriptor, p) {
  fs.writeFileSync(outFd, p);
  fs.readFileSync(fileDescriptor, 'utf8');
  await fs.promises.readFile(p);
}`,
      languageOptions: js,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeFileSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'descriptor names outFd and fileDescriptor, without annotations: reported without a fix',
    },
  ],
});
