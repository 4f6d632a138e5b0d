import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// Blocking helpers: which functions of the module are followed, to what depth, and where their calls are reported.
runWithData(new RuleTester(), 'no-sync-fs-in-async helpers: detection', rule, {
  valid: [
    {
      name: 'followCalls off',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
async function main(p: string) {
  return read(p);
}`,
      options: [{ followCalls: false }],
    },
    {
      name: 'valid: shadowed name, unresolved receivers, deferred callback, async helper, generator, reassigned',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
function* lines(p: string) {
  yield fs.readFileSync(p, 'utf8');
}
async function readLater(p: string) {
  return fs.promises.readFile(p, 'utf8');
}
let swap = () => fs.readFileSync('x');
swap = () => Buffer.from('');
async function main(p: string, other: { read(p: string): string }) {
  const read2 = (q: string) => q;
  {
    const read = (q: string) => q;
    read(p);
  }
  other.read(p);
  setTimeout(() => read(p), 0);
  lines(p).next();
  swap();
  return [read2(p), await readLater(p)];
}
export function sync(p: string) {
  return read(p);
}`,
    },
    {
      name: 'valid: the sync call inside a helper is not reported',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
export function main(p: string) {
  return read(p);
}`,
    },
  ],
  invalid: [
    {
      name: 'depth 1: a function declaration',
      code: `import { readFileSync } from 'node:fs';
function loadConfig(p: string) {
  return JSON.parse(readFileSync(p, 'utf8'));
}
async function main(p: string) {
  const cfg = loadConfig(p);
  return cfg;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'loadConfig', chain: '`readFileSync`', line: '3' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'loadConfig' },
              output: `import * as fsPromises from 'node:fs/promises';
async function loadConfig(p: string) {
  return JSON.parse(await fsPromises.readFile(p, 'utf8'));
}
async function main(p: string) {
  const cfg = await loadConfig(p);
  return cfg;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'depth 2: a const arrow calling a declaration',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
const load = (p: string) => read(p).trim();
async function main(p: string) {
  return load(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'load', chain: '`load()` → `read()` → `readFileSync`', line: '3' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'load' },
              output: `import fs from 'node:fs';
async function read(p: string) {
  return await fs.promises.readFile(p, 'utf8');
}
const load = async (p: string) => (await read(p)).trim();
async function main(p: string) {
  return await load(p);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'depth 3, and a never-reassigned let',
      code: `import fs from 'node:fs';
function c(p: string) {
  fs.mkdirSync(p, { recursive: true });
}
let b = function (p: string) {
  c(p);
};
function a(p: string) {
  b(p);
}
async function main(p: string) {
  a(p);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'a', chain: '`a()` → `b()` → `c()` → `mkdirSync`', line: '3' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'a' },
              output: `import fs from 'node:fs';
async function c(p: string) {
  await fs.promises.mkdir(p, { recursive: true });
}
let b = async function (p: string) {
  await c(p);
};
async function a(p: string) {
  await b(p);
}
async function main(p: string) {
  await a(p);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'recursion and mutual recursion',
      code: `import fs from 'node:fs';
function walk(dir: string, out: string[]): void {
  for (const name of fs.readdirSync(dir)) {
    out.push(name);
    if (name.endsWith('/')) walk(dir + name, out);
  }
}
function even(n: number): boolean {
  return n === 0 ? fs.existsSync('x') : odd(n - 1);
}
function odd(n: number): boolean {
  return n === 0 ? false : even(n - 1);
}
async function main(dir: string) {
  const out: string[] = [];
  walk(dir, out);
  return [out, odd(3)];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'walk', chain: '`readdirSync`', line: '3' },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'walk' },
              output: `import fs from 'node:fs';
async function walk(dir: string, out: string[]): Promise<void> {
  for (const name of await fs.promises.readdir(dir)) {
    out.push(name);
    if (name.endsWith('/')) await walk(dir + name, out);
  }
}
function even(n: number): boolean {
  return n === 0 ? fs.existsSync('x') : odd(n - 1);
}
function odd(n: number): boolean {
  return n === 0 ? false : even(n - 1);
}
async function main(dir: string) {
  const out: string[] = [];
  await walk(dir, out);
  return [out, odd(3)];
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'odd',
            chain: '`odd()` → `even()` → `existsSync`',
            line: '9',
            reason: '`even()` calls `existsSync` (line 9), which has no exact async replacement there',
          },
          line: 17,
          column: 16,
          endLine: 17,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'class methods through this, private and static',
      code: `import fs from 'node:fs';
class Store {
  #read(p: string): string {
    return fs.readFileSync(p, 'utf8');
  }
  private size(p: string): number {
    return fs.statSync(p).size;
  }
  static copy(from: string, to: string) {
    fs.copyFileSync(from, to);
  }
  async get(p: string) {
    Store.copy(p, p + '.bak');
    return [this.#read(p), this.size(p)];
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'Store.copy', chain: '`copyFileSync`', line: '10' },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'Store.copy' },
              output: `import fs from 'node:fs';
class Store {
  #read(p: string): string {
    return fs.readFileSync(p, 'utf8');
  }
  private size(p: string): number {
    return fs.statSync(p).size;
  }
  static async copy(from: string, to: string) {
    await fs.promises.copyFile(from, to);
  }
  async get(p: string) {
    await Store.copy(p, p + '.bak');
    return [this.#read(p), this.size(p)];
  }
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'this.#read', chain: '`readFileSync`', line: '4' },
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'this.#read' },
              output: `import fs from 'node:fs';
class Store {
  async #read(p: string): Promise<string> {
    return await fs.promises.readFile(p, 'utf8');
  }
  private size(p: string): number {
    return fs.statSync(p).size;
  }
  static copy(from: string, to: string) {
    fs.copyFileSync(from, to);
  }
  async get(p: string) {
    Store.copy(p, p + '.bak');
    return [await this.#read(p), this.size(p)];
  }
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'this.size',
            chain: '`statSync`',
            line: '7',
            reason: '`this.size()` is read on another object (line 7)',
          },
          line: 14,
          column: 28,
          endLine: 14,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a subclass calls its base method through this and super',
      code: `import fs from 'node:fs';
class Base {
  load(p: string) {
    return fs.readFileSync(p, 'utf8');
  }
}
class Child extends Base {
  async run(p: string) {
    return this.load(p) + super.load(p);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'this.load',
            chain: '`readFileSync`',
            line: '4',
            reason: '`this.load()` is a public method, callable on instances out of sight',
          },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'this.load',
            chain: '`readFileSync`',
            line: '4',
            reason: '`this.load()` is a public method, callable on instances out of sight',
          },
          line: 9,
          column: 27,
          endLine: 9,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a field arrow helper and an object method',
      code: `import fs from 'node:fs';
const paths = {
  ensure(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  },
};
class Job {
  private write = (p: string) => fs.writeFileSync(p, 'x');
  async run(dir: string) {
    paths.ensure(dir);
    this.write(dir + '/out');
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'paths.ensure', chain: '`mkdirSync`', line: '4' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'paths.ensure' },
              output: `import fs from 'node:fs';
const paths = {
  async ensure(dir: string) {
    await fs.promises.mkdir(dir, { recursive: true });
  },
};
class Job {
  private write = (p: string) => fs.writeFileSync(p, 'x');
  async run(dir: string) {
    await paths.ensure(dir);
    this.write(dir + '/out');
  }
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'this.write', chain: '`writeFileSync`', line: '8' },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'this.write' },
              output: `import fs from 'node:fs';
const paths = {
  ensure(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  },
};
class Job {
  private write = async (p: string) => await fs.promises.writeFile(p, 'x');
  async run(dir: string) {
    paths.ensure(dir);
    await this.write(dir + '/out');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a parameter default and an eager callback',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
async function main(text = read('a'), files: string[] = []) {
  return files.map((file) => read(file)).concat(text);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'read',
            chain: '`readFileSync`',
            line: '3',
            reason: '`read()` is called where `await` cannot go (line 5)',
          },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'read',
            chain: '`readFileSync`',
            line: '3',
            reason: '`read()` is called where `await` cannot go (line 5)',
          },
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a helper whose sync call is in its own eager callback',
      code: `import fs from 'node:fs';
function readAll(files: string[]) {
  return files.map((file) => fs.readFileSync(file, 'utf8'));
}
async function main(files: string[]) {
  return readAll(files);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'readAll',
            chain: '`readFileSync`',
            line: '3',
            reason: '`readAll()` calls `readFileSync` (line 3) where `await` cannot go',
          },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
  ],
});
