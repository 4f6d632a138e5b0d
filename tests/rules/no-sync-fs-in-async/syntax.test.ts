import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// What the fix does to the code around the call: precedence, semicolons, comments, `return await`.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.readFileSync(p).toString();
  fs.readFileSync(p)?.length;
  fs.readFileSync(p)!.length;
  (fs.readFileSync(p)).length;
  fs.statSync(p).size ** 2;
  fs.readdirSync(p).length ** 2;
  return fs.readdirSync(p) as string[];
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  (await fs.promises.readFile(p)).toString();
  (await fs.promises.readFile(p))?.length;
  (await fs.promises.readFile(p))!.length;
  (await fs.promises.readFile(p)).length;
  (await fs.promises.stat(p)).size ** 2;
  (await fs.promises.readdir(p)).length ** 2;
  return await fs.promises.readdir(p) as string[];
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 4,
          endLine: 6,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 17,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 27,
          suggestions: [],
        },
      ],
      name: 'precedence: member object, non-null, parentheses, as',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.mkdtempSync(p) ** 2;
  fs.readFileSync(p)\`tag\`;
  class A extends fs.readFileSync(p) {}
  return !fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  (await fs.promises.mkdtemp(p)) ** 2;
  (await fs.promises.readFile(p))\`tag\`;
  class A extends (await fs.promises.readFile(p)) {}
  return !await fs.promises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'mkdtempSync', twin: 'mkdtemp', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 29,
          suggestions: [],
        },
      ],
      name: 'precedence: exponent, tag, extends, unary',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  const a = 1
  fs.readFileSync(p).toString()
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  const a = 1
  ;(await fs.promises.readFile(p)).toString()
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'a leading ( after a line without a semicolon',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  await fs.readFileSync(p);
  return await fs.readFileSync(p).length;
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises.readFile(p);
  return await (await fs.promises.readFile(p)).length;
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
      ],
      name: 'already awaited: never await await',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  try {
    return fs.readFileSync(p);
  } catch {
    return undefined;
  }
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  try {
    return await fs.promises.readFile(p);
  } catch {
    return undefined;
  }
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 30,
          suggestions: [],
        },
      ],
      name: 'return in try becomes return await',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs.writeFileSync(
    p, // the target
    /* data */ 'x',
  );
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises.writeFile(
    p, // the target
    /* data */ 'x',
  );
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 6,
          endColumn: 4,
          suggestions: [],
        },
      ],
      name: 'comments in the arguments survive',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, a: boolean) {
  if (a) {}
  fs.readFileSync(p).toString()
  const g = function () {}
  fs.readFileSync(p).toString()
  const h = \`x\`
  fs.readFileSync(p).toString()
}`,
      output: `import fs from 'node:fs';
async function f(p: string, a: boolean) {
  if (a) {}
  (await fs.promises.readFile(p)).toString()
  const g = function () {}
  ;(await fs.promises.readFile(p)).toString()
  const h = \`x\`
  ;(await fs.promises.readFile(p)).toString()
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'a leading ( after a block, a function expression and a template',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  @fs.readFileSync(p)
  class A {}
  return A;
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  @(await fs.promises.readFile(p))
  class A {}
  return A;
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 4,
          endLine: 3,
          endColumn: 22,
          suggestions: [],
        },
      ],
      name: 'a decorator',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  if (p) fs.readFileSync(p).toString()
  else fs.readFileSync(p).length
  while (p) fs.readFileSync(p)[0]
  do fs.readFileSync(p).length; while (p)
  for (;;) fs.readFileSync(p).length
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  if (p) (await fs.promises.readFile(p)).toString()
  else (await fs.promises.readFile(p)).length
  while (p) (await fs.promises.readFile(p))[0]
  do (await fs.promises.readFile(p)).length; while (p)
  for (;;) (await fs.promises.readFile(p)).length
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 6,
          endLine: 6,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 30,
          suggestions: [],
        },
      ],
      name: 'ASI: no leading semicolon in the body of if, else, while, do and for (it would end that body)',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  fs[('readFileSync')](p);
  (fs)[(('statSync'))](p).size;
}`,
      output: `import fs from 'node:fs';
async function f(p: string) {
  await fs.promises[('readFile')](p);
  (await (fs).promises[(('stat'))](p)).size;
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'computed member with a parenthesised key: .promises goes before the bracket',
    },
  ],
});
