import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// The fix of a blocking helper's chain, and the reasons it is withheld.
runWithData(new RuleTester(), 'no-sync-fs-in-async helpers: fix', rule, {
  valid: [],
  invalid: [
    {
      name: 'exported helper: reported, no fix',
      code: `import fs from 'node:fs';
export function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
function load(p: string) {
  return read(p);
}
export { load };
async function main(p: string) {
  return [read(p), load(p)];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: { helper: 'read', chain: '`readFileSync`', line: '3', reason: '`read()` is exported' },
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 18,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'load',
            chain: '`load()` → `read()` → `readFileSync`',
            line: '3',
            reason: '`load()` is exported',
          },
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'also called from sync code, and passed as a value',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
function size(p: string) {
  return fs.statSync(p).size;
}
export function now(p: string) {
  return read(p);
}
async function main(p: string, list: string[]) {
  return [read(p), size(p), list.map(size)];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'read',
            chain: '`readFileSync`',
            line: '3',
            reason: '`read()` is called from sync code (line 9)',
          },
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 18,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: { helper: 'size', chain: '`statSync`', line: '6', reason: '`size()` is used as a value (line 12)' },
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'return types: wrapped in Promise, arrow and method',
      code: `import { readFileSync, statSync } from 'node:fs';
const text = (p: string): string => readFileSync(p, 'utf8');
const tools = {
  size(p: string): number | undefined {
    return statSync(p).size;
  },
};
async function main(p: string) {
  return text(p).length + (tools.size(p) ?? 0);
}`,
      // Both chains add the same import: ESLint applies one per pass.
      output: [
        `import { statSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
const text = async (p: string): Promise<string> => await fsPromises.readFile(p, 'utf8');
const tools = {
  size(p: string): number | undefined {
    return statSync(p).size;
  },
};
async function main(p: string) {
  return (await text(p)).length + (tools.size(p) ?? 0);
}`,
        `import * as fsPromises from 'node:fs/promises';
const text = async (p: string): Promise<string> => await fsPromises.readFile(p, 'utf8');
const tools = {
  async size(p: string): Promise<number | undefined> {
    return (await fsPromises.stat(p)).size;
  },
};
async function main(p: string) {
  return (await text(p)).length + (await tools.size(p) ?? 0);
}`,
      ],
      options: [{ fixHelpers: 'autofix' }],
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'text', chain: '`readFileSync`', line: '2' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 17,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'tools.size', chain: '`statSync`', line: '5' },
          line: 9,
          column: 28,
          endLine: 9,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a return type that cannot become a promise',
      code: `import fs from 'node:fs';
function isFile(p: unknown): p is string {
  return typeof p === 'string' && fs.statSync(p).isFile();
}
function later(p: string): Promise<string> {
  fs.accessSync(p);
  return Promise.resolve(p);
}
async function main(p: string) {
  return [isFile(p), await later(p)];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'isFile',
            chain: '`statSync`',
            line: '3',
            reason: '`isFile()` has a type predicate as its return type',
          },
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: { helper: 'later', chain: '`accessSync`', line: '6', reason: '`later()` already returns a promise' },
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      name: 'check then act inside the helper: no fix',
      code: `import fs from 'node:fs';
function bump(p: string) {
  const n = Number(fs.readFileSync(p, 'utf8'));
  fs.writeFileSync(p, String(n + 1));
}
async function main(p: string) {
  bump(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'bump',
            chain: '`readFileSync`',
            line: '3',
            reason: '`bump()` checks and acts on one path (`readFileSync`, line 3)',
          },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a named import shared with a direct report',
      code: `import { readFileSync } from 'node:fs';
function read(p: string) {
  return readFileSync(p, 'utf8');
}
async function main(p: string) {
  return read(p) + readFileSync(p, 'utf8');
}`,
      // The helper's fix and the direct call's share the new import: one per pass.
      output: [
        `import { readFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
async function read(p: string) {
  return await fsPromises.readFile(p, 'utf8');
}
async function main(p: string) {
  return await read(p) + readFileSync(p, 'utf8');
}`,
        `import * as fsPromises from 'node:fs/promises';
async function read(p: string) {
  return await fsPromises.readFile(p, 'utf8');
}
async function main(p: string) {
  return await read(p) + await fsPromises.readFile(p, 'utf8');
}`,
      ],
      options: [{ fixHelpers: 'autofix' }],
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'read', chain: '`readFileSync`', line: '3' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 17,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an overridden method and an object that escapes',
      code: `import fs from 'node:fs';
class Base {
  #x = 0;
  static make(p: string) {
    return fs.readFileSync(p, 'utf8');
  }
  async run(p: string) {
    return Base.make(p) + this.#x;
  }
}
class Child extends Base {
  static make(p: string) {
    return p;
  }
}
const io = {
  read(p: string) {
    return fs.readFileSync(p, 'utf8');
  },
};
console.log(io, Child);
async function main(p: string) {
  return io.read(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'Base.make',
            chain: '`readFileSync`',
            line: '5',
            reason: '`Base.make()` is overridden in a subclass (line 11)',
          },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'io.read',
            chain: '`readFileSync`',
            line: '18',
            reason: '`io.read()` belongs to `io`, which is used as a value (line 21)',
          },
          line: 23,
          column: 10,
          endLine: 23,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the await goes in with parentheses where needed',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p);
}
async function main(p: string) {
  const a = read(p).length;
  const b = read(p)!.toString();
  const c = read(p) ?? Buffer.alloc(0);
  return [a, b, c, await read(p)];
}`,
      output: `import fs from 'node:fs';
async function read(p: string) {
  return await fs.promises.readFile(p);
}
async function main(p: string) {
  const a = (await read(p)).length;
  const b = (await read(p))!.toString();
  const c = await read(p) ?? Buffer.alloc(0);
  return [a, b, c, await read(p)];
}`,
      options: [{ fixHelpers: 'autofix' }],
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'read', chain: '`readFileSync`', line: '3' },
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'read', chain: '`readFileSync`', line: '3' },
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'read', chain: '`readFileSync`', line: '3' },
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'read', chain: '`readFileSync`', line: '3' },
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a function nested in an exported function is not exported',
      code: `import fs from 'node:fs';
export async function outer(p: string) {
  function inner(): string {
    return fs.readFileSync(p, 'utf8');
  }
  return inner();
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'inner', chain: '`readFileSync`', line: '4' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'inner' },
              output: `import fs from 'node:fs';
export async function outer(p: string) {
  async function inner(): Promise<string> {
    return await fs.promises.readFile(p, 'utf8');
  }
  return await inner();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an object method read through this, and a JSDoc return type',
      code: `import fs from 'node:fs';
const io = {
  read(p: string) {
    return fs.readFileSync(p, 'utf8');
  },
  twice(p: string) {
    return this.read(p) + this.read(p);
  },
};
/**
 * @returns {number}
 */
function size(p: string) {
  return fs.statSync(p).size;
}
async function main(p: string) {
  return [io.read(p), size(p)];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'io.read',
            chain: '`readFileSync`',
            line: '4',
            reason: '`io.read()` is read through `this` (line 7)',
          },
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'size',
            chain: '`statSync`',
            line: '14',
            reason: '`size()` has a JSDoc type that would no longer hold',
          },
          line: 17,
          column: 23,
          endLine: 17,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
  ],
});
