import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, runWithData } from '../../rule-tester';

// Where the call runs: async bodies, parameter defaults, callbacks run at once, and places outside any async function.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [
    // Not while an async function runs: module top level, sync functions, deferred callbacks.
    "import fs from 'node:fs';\nconst config = fs.readFileSync('config.json', 'utf8');",
    "import fs from 'node:fs';\nfunction load(p: string) {\n  return fs.readFileSync(p);\n}",
    "import fs from 'node:fs';\nasync function f(p: string) {\n  setTimeout(() => fs.rmSync(p), 10);\n  process.on('exit', () => fs.rmSync(p));\n}",
    "import fs from 'node:fs';\nasync function f(p: string) {\n  return function () {\n    return fs.readFileSync(p);\n  };\n}",
    "import fs from 'node:fs';\nasync function f(ps: string[]) {\n  helper(ps, (p: string) => fs.readFileSync(p));\n}",
    "import fs from 'node:fs';\nasync function f(ps: string[]) {\n  ps.map(function* (p) {\n    yield fs.readFileSync(p);\n  });\n}",
    "import fs from 'node:fs';\nconst x = await Promise.resolve(fs.readFileSync('a'));",
    // Class field initialisers and static blocks run outside the async function, even inside one.
    "import fs from 'node:fs';\nasync function f() {\n  return class {\n    data = fs.readFileSync('a');\n    static {\n      fs.readFileSync('b');\n    }\n  };\n}",
    {
      code: "const fs = require('fs');\nfunction f(p) {\n  return fs.readFileSync(p);\n}",
      languageOptions: cjs,
      name: 'CommonJS, sync function',
    },
  ],
  invalid: [
    // Where the call runs, the fix classes, precedence and syntax.
    {
      code: "import fs from 'node:fs';\nasync function f(p: string) {\n  return (() => fs.readFileSync(p))();\n}",
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 35,
          suggestions: [],
        },
      ],
      name: 'immediately invoked function',
    },
    {
      code: `import fs from 'node:fs';
const f = async function (p: string) {
  fs.mkdirSync(p);
};`,
      output: `import fs from 'node:fs';
const f = async function (p: string) {
  await fs.promises.mkdir(p);
};`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
          suggestions: [],
        },
      ],
      name: 'async function expression',
    },
    {
      code: `import fs from 'node:fs';
const f = async (p: string) => fs.readdirSync(p);`,
      output: `import fs from 'node:fs';
const f = async (p: string) => await fs.promises.readdir(p);`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readdirSync', twin: 'readdir', source: 'fs/promises' },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 49,
          suggestions: [],
        },
      ],
      name: 'async arrow with an expression body',
    },
    {
      code: `import fs from 'node:fs';
const o = {
  async load(p: string) {
    return fs.readFileSync(p);
  },
};`,
      output: `import fs from 'node:fs';
const o = {
  async load(p: string) {
    return await fs.promises.readFile(p);
  },
};`,
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
      name: 'async object method',
    },
    {
      code: `import fs from 'node:fs';
class A {
  async #load(p: string) {
    return fs.readFileSync(p);
  }
  static async s(p: string) {
    fs.rmSync(p);
  }
}`,
      output: `import fs from 'node:fs';
class A {
  async #load(p: string) {
    return await fs.promises.readFile(p);
  }
  static async s(p: string) {
    await fs.promises.rm(p);
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
        {
          messageId: 'syncFsInAsync',
          data: { name: 'rmSync', twin: 'rm', source: 'fs/promises' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 17,
          suggestions: [],
        },
      ],
      name: 'private and static class methods',
    },
    {
      code: `import fs from 'node:fs';
async function* g(p: string) {
  yield fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
async function* g(p: string) {
  yield await fs.promises.readFile(p);
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
      ],
      name: 'async generator',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string, data = fs.readFileSync(p)) {
  return data;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInParameter',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 54,
          suggestions: [],
        },
      ],
      name: 'parameter default: await is illegal there',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  return ps.map((p) => fs.readFileSync(p));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import fs from 'node:fs';
async function f(ps: string[]) {
  return await Promise.all(ps.map(async (p) => await fs.promises.readFile(p)));
}`,
            },
          ],
        },
      ],
      name: 'sync callback run at once: no fix, a Promise.all suggestion (see callback-loops.test.ts)',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  return new Promise((resolve) => {
    resolve(fs.readFileSync(p));
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 31,
          suggestions: [],
        },
      ],
      name: 'Promise executor',
    },
    {
      code: `import fs from 'node:fs';
async function f(ps: string[]) {
  ps.forEach(function (p) {
    [p].filter((q) => fs.existsSync(q));
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
      name: 'nested callbacks',
    },
    {
      code: `import fs from 'node:fs';
async function f(p: string) {
  enum Size {
    Config = fs.readFileSync(p).length,
  }
  const enum Mode {
    Stat = fs.statSync(p).mode,
  }
  return [Size.Config, Mode.Stat];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 32,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'enum member initialisers: blocking, but await is illegal there',
    },
  ],
});
