import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { cjs, runWithData, typedRuleTester } from '../../rule-tester';

// Sync fs calls in a `forEach` or `map` callback that an async function runs at once: reported without a fix, with
// one suggestion per callback where the rewrite does what the callee did: the `forEach` statement as a `for…of` loop
// that awaits each call, a `map` of reads whose value is used as `await Promise.all(….map(async …))`.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [
    // A callback passed by reference is not known to run at once: not reported, so nothing to suggest.
    `import fs from 'node:fs';
export async function f(files: string[]) {
  const remove = (file: string) => fs.unlinkSync(file);
  files.forEach(remove);
}`,
  ],
  invalid: [
    {
      name: 'no suggestion: a function expression that uses its own this',
      code: `import fs from 'node:fs';
export async function clean(files: string[]) {
  files.forEach(function (file) {
    fs.unlinkSync(this.dir + file);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'no suggestion: the callback pushes onto its receiver, which a for…of loop would then visit',
      code: `import fs from 'node:fs';
export async function clean(files: string[]) {
  files.forEach((file) => {
    fs.unlinkSync(file);
    files.push(file + '.bak');
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      code: `import fs from 'node:fs';
export async function clean(files: string[]) {
  files.forEach((file) => fs.unlinkSync(file));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function clean(files: string[]) {
  for (const file of files) { await fs.promises.unlink(file); }
}`,
            },
          ],
        },
      ],
      name: 'forEach with an expression body: a for…of loop',
    },
    {
      code: `import fs from 'node:fs';
export async function write(files: string[]) {
  files.forEach((file, i) => {
    if (i > 2) return;
    fs.writeFileSync(file, String(i));
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function write(files: string[]) {
  for (const [i, file] of files.entries()) {
    if (i > 2) continue;
    await fs.promises.writeFile(file, String(i));
  }
}`,
            },
          ],
        },
      ],
      name: 'the index parameter through entries(), return; as continue;',
    },
    {
      code: `import fs from 'node:fs';
export async function make(entries: { dir: string; mode: number }[]) {
  entries.forEach(({ dir, mode }: { dir: string; mode: number }, index: number) => {
    fs.mkdirSync(dir, { mode });
    console.log(index);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function make(entries: { dir: string; mode: number }[]) {
  for (const [index, { dir, mode }] of entries.entries()) {
    await fs.promises.mkdir(dir, { mode });
    console.log(index);
  }
}`,
            },
          ],
        },
      ],
      name: 'a destructured parameter, TS annotations dropped from the head',
    },
    {
      code: `import fs from 'node:fs';
export async function clean(files: string[]) {
  files.forEach(function (file) {
    const skip = () => {
      return file.startsWith('.');
    };
    if (skip()) return;
    fs.rmSync(file, { force: true });
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'rmSync', twin: 'rm', source: 'fs/promises' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function clean(files: string[]) {
  for (const file of files) {
    const skip = () => {
      return file.startsWith('.');
    };
    if (skip()) continue;
    await fs.promises.rm(file, { force: true });
  }
}`,
            },
          ],
        },
      ],
      name: "a nested function's return stays; the callback's own becomes continue",
    },
    {
      code: `import { mkdirSync, writeFileSync } from 'node:fs';
export async function scaffold(dirs: readonly string[]) {
  dirs.forEach((dir) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(\`\${dir}/index.ts\`, '');
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'mkdirSync', twin: 'mkdir', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import * as fsPromises from 'node:fs/promises';
export async function scaffold(dirs: readonly string[]) {
  for (const dir of dirs) {
    await fsPromises.mkdir(dir, { recursive: true });
    await fsPromises.writeFile(\`\${dir}/index.ts\`, '');
  }
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import * as fsPromises from 'node:fs/promises';
export async function scaffold(dirs: readonly string[]) {
  for (const dir of dirs) {
    await fsPromises.mkdir(dir, { recursive: true });
    await fsPromises.writeFile(\`\${dir}/index.ts\`, '');
  }
}`,
            },
          ],
        },
      ],
      name: 'several sync calls in one callback, through a named import: one binding for both',
    },
    {
      code: `import fs from 'node:fs';
export async function trim(files: string[]) {
  files.forEach((file, i) => {
    file = file.trim();
    scan: for (const c of file) {
      if (c === '#') break scan;
      if (c === ' ') continue;
    }
    fs.unlinkSync(file);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function trim(files: string[]) {
  for (let file of files) {
    file = file.trim();
    scan: for (const c of file) {
      if (c === '#') break scan;
      if (c === ' ') continue;
    }
    await fs.promises.unlink(file);
  }
}`,
            },
          ],
        },
      ],
      name: 'a written parameter makes a let; an unused index is left out; labels and loops inside stay',
    },
    {
      code: `import fs from 'node:fs';
export async function clean(tree: Record<string, string>) {
  const names = Object.keys(tree).filter(Boolean);
  names.forEach((name) => fs.rmSync(name));
  ['a', 'b'].forEach((name) => fs.rmSync(name));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'rmSync', twin: 'rm', source: 'fs/promises' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function clean(tree: Record<string, string>) {
  const names = Object.keys(tree).filter(Boolean);
  for (const name of names) { await fs.promises.rm(name); }
  ['a', 'b'].forEach((name) => fs.rmSync(name));
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'rmSync', twin: 'rm', source: 'fs/promises' },
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function clean(tree: Record<string, string>) {
  const names = Object.keys(tree).filter(Boolean);
  names.forEach((name) => fs.rmSync(name));
  for (const name of ['a', 'b']) { await fs.promises.rm(name); }
}`,
            },
          ],
        },
      ],
      name: 'the receiver: a literal, Object.keys, a const initialised by an array method',
    },
    {
      code: `const { unlinkSync } = require('fs');
async function clean(dir) {
  const files = Array.from(['a', 'b'], (name) => dir + name);
  files.forEach((file) => unlinkSync(file));
}
module.exports = { clean };`,
      output: null,
      languageOptions: cjs,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `const { promises: fsPromises } = require('fs');
async function clean(dir) {
  const files = Array.from(['a', 'b'], (name) => dir + name);
  for (const file of files) { await fsPromises.unlink(file); }
}
module.exports = { clean };`,
            },
          ],
        },
      ],
      name: 'CommonJS destructuring: promises added to it',
    },
    {
      code: `import fs from 'node:fs';
export async function load(files: string[]) {
  const text = files.map((file): string => fs.readFileSync(file, 'utf8')).join('\\n');
  const sizes = files.map(function (file, i) {
    return fs.statSync(file).size + i;
  });
  return [text, sizes];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import fs from 'node:fs';
export async function load(files: string[]) {
  const text = (await Promise.all(files.map(async (file): Promise<string> => await fs.promises.readFile(file, 'utf8')))).join('\\n');
  const sizes = files.map(function (file, i) {
    return fs.statSync(file).size + i;
  });
  return [text, sizes];
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import fs from 'node:fs';
export async function load(files: string[]) {
  const text = files.map((file): string => fs.readFileSync(file, 'utf8')).join('\\n');
  const sizes = await Promise.all(files.map(async function (file, i) {
    return (await fs.promises.stat(file)).size + i;
  }));
  return [text, sizes];
}`,
            },
          ],
        },
      ],
      name: 'map of reads used as a value: await Promise.all, with parentheses and Promise<…>',
    },
    {
      code: `import { readFileSync } from 'node:fs';
export async function load(files: string[]) {
  return Promise.all(files.map((file) => readFileSync(file, 'utf8').length));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import * as fsPromises from 'node:fs/promises';
export async function load(files: string[]) {
  return Promise.all(files.map(async (file) => (await fsPromises.readFile(file, 'utf8')).length));
}`,
            },
          ],
        },
      ],
      name: 'map already inside Promise.all: the callback becomes async',
    },
    {
      code: `import { readFileSync } from 'node:fs';
declare function log(text: string): string;
export async function load(files: string[]) {
  return files.map((file) => log(readFileSync(file, 'utf8')));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 60,
          suggestions: [],
        },
      ],
      name: 'no Promise.all suggestion: an expression body that calls something after the read',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  return files.forEach((file) => fs.unlinkSync(file));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 53,
          suggestions: [],
        },
      ],
      name: 'no suggestion: the value of forEach is used',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[], self: object) {
  files.forEach((file) => fs.unlinkSync(file), self);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 46,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a thisArg',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach(function (this: { dir: string }, file) {
    fs.unlinkSync(this.dir + file);
  });
  files.forEach(function (file) {
    fs.unlinkSync(arguments[0]);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 35,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 32,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a function expression that uses this, or arguments',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach((file) => {
    if (!file) return false;
    fs.unlinkSync(file);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
      ],
      name: 'no suggestion: return with a value',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach((file) => {
    if (file.endsWith('/')) files.push(file + 'index');
    fs.unlinkSync(file);
  });
  files.forEach((file) => {
    files.length = 0;
    fs.unlinkSync(file);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 24,
          suggestions: [],
        },
      ],
      name: 'no suggestion: the callback mutates its array (push, length)',
    },
    {
      code: `import fs from 'node:fs';
export async function f(a: string, b: string) {
  [a, , b].forEach((file) => fs.unlinkSync(file));
  const files = [a, b];
  delete files[0];
  files.forEach((file) => fs.unlinkSync(file));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 49,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 46,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a sparse array, or one that may get holes',
    },
    {
      code: `import fs from 'node:fs';
export async function f(byName: Map<string, string>, list: any) {
  byName.forEach((file) => fs.unlinkSync(file));
  list.forEach((file: string) => fs.unlinkSync(file));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 53,
          suggestions: [],
        },
      ],
      name: 'no suggestion: not known to be an array (a Map, an untyped parameter)',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach((file) => {
    if (fs.existsSync(file)) fs.unlinkSync(file);
  });
  files.forEach((file) => fs.statSync(file, { throwIfNoEntry: false }));
  files.forEach((file) => {
    fs.fsyncSync(3);
    fs.unlinkSync(file);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'existsSync', twin: 'access', source: 'fs/promises' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 49,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 71,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'fsyncSync' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 20,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 24,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a call with no drop-in twin, or a descriptor, in the callback',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  return files.map((file) => {
    fs.writeFileSync(file, '');
    return file;
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 31,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a write in a map callback',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.map((file) => fs.readFileSync(file));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 44,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a map whose result is dropped',
    },
    {
      code: `import fs from 'node:fs';
export async function b() {
  const files = ['a'].concat(Array(2));
  files.forEach((f) => { fs.unlinkSync(f); });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          suggestions: [],
        },
      ],
      name: 'no suggestion: concat of an array with holes, which forEach skips and for…of does not',
    },
    {
      code: `import fs from 'node:fs';
export async function b(extra: string[]) {
  const files = ['a'].concat(extra, 'b');
  files.forEach((f) => { fs.unlinkSync(f); });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export async function b(extra: string[]) {
  const files = ['a'].concat(extra, 'b');
  for (const f of files) { await fs.promises.unlink(f); }
}`,
            },
          ],
        },
      ],
      name: 'concat of dense arrays and a string: the loop',
    },
    {
      code: `import fs from 'node:fs';
export async function a(files: string[]) {
  const out = files.map<string>((f) => fs.readFileSync(f, 'utf8'));
  return out;
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 3,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a map with type arguments, which the async callback would not match',
    },
    {
      code: `import fs from 'node:fs';
export async function a(files: string[]) {
  const log: string[] = [];
  const out = files.map((f) => {
    const s = fs.readFileSync(f, 'utf8');
    log.push(f);
    return s;
  });
  return [out, log];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a map callback with another call after a read, which would run in completion order',
    },
    {
      code: `import fs from 'node:fs';
export async function d(files: string[]) {
  const seen = new Set<string>();
  return files.map((f) => {
    if (seen.has(f)) return 0;
    const n = fs.statSync(f).size;
    seen.add(f);
    return n;
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 6,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a map callback that dedups with a Set, whose checks would interleave',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  return files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return text.length;
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import fs from 'node:fs';
export async function f(files: string[]) {
  return await Promise.all(files.map(async (file) => {
    const text = await fs.promises.readFile(file, 'utf8');
    return text.length;
  }));
}`,
            },
          ],
        },
      ],
      name: 'map callback of local declarations and a return: Promise.all',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  return files.map((file) => {
    let size = fs.statSync(file).size;
    const link = fs.lstatSync(\`\${file}.lnk\`);
    return size + (link.isFile as unknown as number);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'statSync', twin: 'stat', source: 'fs/promises' },
          line: 4,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import fs from 'node:fs';
export async function f(files: string[]) {
  return await Promise.all(files.map(async (file) => {
    let size = (await fs.promises.stat(file)).size;
    const link = await fs.promises.lstat(\`\${file}.lnk\`);
    return size + (link.isFile as unknown as number);
  }));
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'lstatSync', twin: 'lstat', source: 'fs/promises' },
          line: 5,
          suggestions: [
            {
              messageId: 'usePromiseAll',
              output: `import fs from 'node:fs';
export async function f(files: string[]) {
  return await Promise.all(files.map(async (file) => {
    let size = (await fs.promises.stat(file)).size;
    const link = await fs.promises.lstat(\`\${file}.lnk\`);
    return size + (link.isFile as unknown as number);
  }));
}`,
            },
          ],
        },
      ],
      name: 'map callback with let, a template and a type assertion: Promise.all',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  return files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return text.trim();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a map callback block that calls something other than the reads',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach((file) => {
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.trim());
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 40,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a read then a write of the same path (check, then act)',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach((file) => {
    for (const c of file) if (c === '#') return;
    fs.unlinkSync(file);
  });
  outer: for (const suffix of ['.a', '.b']) {
    files.forEach((file) => {
      outer: if (file) fs.unlinkSync(file + suffix);
    });
  }
  files.forEach((file) => {
    var target = file;
    fs.unlinkSync(target);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 9,
          column: 24,
          endLine: 9,
          endColumn: 52,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a return inside a loop of the callback, a label the loop would repeat, a var',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files.forEach((_, i) => fs.unlinkSync(String(i)));
  files.forEach((file, i, all) => fs.unlinkSync(file + all.length));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 51,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 67,
          suggestions: [],
        },
      ],
      name: 'no suggestion: the element is unused, or the array parameter is read',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  const items = files.slice();
  items.forEach((items) => fs.unlinkSync(items));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 48,
          suggestions: [],
        },
      ],
      name: 'no suggestion: the element parameter names what the receiver reads',
    },
    {
      code: `import fs from 'node:fs';
export async function f(groups: string[][]) {
  groups.forEach((group) => {
    group.forEach((file) => fs.unlinkSync(file));
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 48,
          suggestions: [],
        },
      ],
      name: 'no suggestion: a forEach inside another callback, where await cannot go',
    },
    {
      code: `import fs from 'node:fs';
export async function f(files: string[]) {
  files?.forEach((file) => fs.unlinkSync(file));
  files.forEach(/* each */ (file) => fs.unlinkSync(file));
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 57,
          suggestions: [],
        },
      ],
      name: 'no suggestion: an optional call, a comment the rewrite would drop',
    },
  ],
});

// With type information, a receiver the syntax does not decide is an array when the checker says so.
runWithData(typedRuleTester('no-sync-fs-in-async'), 'no-sync-fs-in-async callback loops, typed', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
export class Cache {
  files: string[] = [];
  seen = new Set<string>();
  async clear() {
    this.files.forEach((file) => fs.unlinkSync(file));
    this.seen.forEach((file) => fs.unlinkSync(file));
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useForOfLoop',
              output: `import fs from 'node:fs';
export class Cache {
  files: string[] = [];
  seen = new Set<string>();
  async clear() {
    for (const file of this.files) { await fs.promises.unlink(file); }
    this.seen.forEach((file) => fs.unlinkSync(file));
  }
}`,
            },
          ],
        },
        {
          messageId: 'syncFsInCallback',
          data: { name: 'unlinkSync', twin: 'unlink', source: 'fs/promises' },
          line: 7,
          column: 33,
          endLine: 7,
          endColumn: 52,
          suggestions: [],
        },
      ],
      name: 'an array field gets the loop; a Set, which is no array, does not',
    },
  ],
});
