import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { js, runWithData, typedRuleTester } from '../../rule-tester';

// Whether the first argument of readFileSync/writeFileSync/appendFileSync/truncateSync may be a file descriptor,
// decided from where its value comes (fs/promises rejects a number): no fix when it may be one.
runWithData(new RuleTester(), 'no-sync-fs-in-async descriptors', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
const { openSync: openFile } = fs;
async function f(p: string, useStdin: boolean) {
  const opened = openFile(p, 'r');
  fs.readFileSync(opened);
  fs.readFileSync(useStdin ? 0 : p);
  fs.readFileSync(p || 0);
  let later;
  later = fs.openSync(p, 'r');
  fs.writeFileSync(later, 'x');
  const STDIN = 0;
  fs.readFileSync(STDIN);
  fs.readFileSync(\`\${p}.txt\`);
}`,
      output: `import fs from 'node:fs';
const { openSync: openFile } = fs;
async function f(p: string, useStdin: boolean) {
  const opened = openFile(p, 'r');
  fs.readFileSync(opened);
  fs.readFileSync(useStdin ? 0 : p);
  fs.readFileSync(p || 0);
  let later;
  later = fs.openSync(p, 'r');
  fs.writeFileSync(later, 'x');
  const STDIN = 0;
  fs.readFileSync(STDIN);
  await fs.promises.readFile(\`\${p}.txt\`);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 30,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeFileSync' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 30,
          suggestions: [],
        },
      ],
      name: 'openSync under another name, a number in one branch, a let assigned later, a const number',
    },
    {
      code: `import fs from 'node:fs';
type Descriptor = number;
type Target = string | Descriptor;
enum Stream {
  In,
  Out,
}
class Log {
  private out = -1;
  #handle?: Target;
  private readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  open(): void {
    this.#handle = fs.openSync(this.name, 'a');
  }
  async write(text: string, to: Target, stream: Stream) {
    fs.appendFileSync(this.out, text);
    fs.appendFileSync(this.#handle ?? this.name, text);
    fs.writeFileSync(to, text);
    fs.writeFileSync(stream, text);
    fs.writeFileSync(this.name, text);
  }
}`,
      output: `import fs from 'node:fs';
type Descriptor = number;
type Target = string | Descriptor;
enum Stream {
  In,
  Out,
}
class Log {
  private out = -1;
  #handle?: Target;
  private readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  open(): void {
    this.#handle = fs.openSync(this.name, 'a');
  }
  async write(text: string, to: Target, stream: Stream) {
    fs.appendFileSync(this.out, text);
    fs.appendFileSync(this.#handle ?? this.name, text);
    fs.writeFileSync(to, text);
    fs.writeFileSync(stream, text);
    await fs.promises.writeFile(this.name, text);
  }
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'appendFileSync' },
          line: 19,
          column: 5,
          endLine: 19,
          endColumn: 38,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'appendFileSync' },
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 55,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeFileSync' },
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 31,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'writeFileSync' },
          line: 22,
          column: 5,
          endLine: 22,
          endColumn: 35,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 23,
          column: 5,
          endLine: 23,
          endColumn: 38,
          suggestions: [],
        },
      ],
      name: 'class fields set from openSync or initialised to a number, local type aliases and a numeric enum',
    },
    {
      code: `import fs from 'node:fs';
import path from 'node:path';
export async function f(p, options, dir) {
  const [first, second] = [fs.openSync(p, 'r'), \`\${p}.bak\`];
  fs.readFileSync(first);
  fs.readFileSync(second);
  const { file = 1 } = options;
  fs.readFileSync(file);
  let a = p;
  let b = a;
  a = b;
  fs.readFileSync(b);
  let c = fs.openSync(p, 'r');
  let d = c;
  c = d;
  fs.readFileSync(d);
  fs.writeFileSync(path.join(dir, 'x'), '');
  const handle = await fs.promises.open(p);
  fs.readFileSync(handle.fd);
  fs.readFileSync(p);
}`,
      output: `import fs from 'node:fs';
import path from 'node:path';
export async function f(p, options, dir) {
  const [first, second] = [fs.openSync(p, 'r'), \`\${p}.bak\`];
  fs.readFileSync(first);
  await fs.promises.readFile(second);
  const { file = 1 } = options;
  fs.readFileSync(file);
  let a = p;
  let b = a;
  a = b;
  await fs.promises.readFile(b);
  let c = fs.openSync(p, 'r');
  let d = c;
  c = d;
  fs.readFileSync(d);
  await fs.promises.writeFile(path.join(dir, 'x'), '');
  const handle = await fs.promises.open(p);
  fs.readFileSync(handle.fd);
  await fs.promises.readFile(p);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 30,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 44,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 19,
          column: 3,
          endLine: 19,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 20,
          column: 3,
          endLine: 20,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'JavaScript: destructuring, defaults, cycles, path.join, the fd of a FileHandle, an unannotated parameter',
      languageOptions: js,
    },
    {
      code: `import fse from 'fs-extra';
export async function f(p: string) {
  const fd = fse.openSync(p, 'r');
  const copy = fd;
  fse.readFileSync(copy);
  fse.writeFileSync(p, 'x');
}`,
      output: `import fse from 'fs-extra';
export async function f(p: string) {
  const fd = fse.openSync(p, 'r');
  const copy = fd;
  fse.readFileSync(copy);
  await fse.promises.writeFile(p, 'x');
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'openSync' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'writeFileSync', twin: 'writeFile', source: 'fs/promises' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 28,
          suggestions: [],
        },
      ],
      name: 'fs-extra openSync, through a copy of its result',
    },
    {
      code: `import fs from 'node:fs';
enum Stream {
  In,
  Out,
}
export async function f<T extends number | string>(a: number | string, b: any, d: Stream, e: T, g: string, h: \`\${string}.txt\`) {
  fs.readFileSync(a);
  fs.readFileSync(b);
  fs.readFileSync(d);
  fs.readFileSync(e);
  fs.readFileSync(g);
  fs.readFileSync(h);
}`,
      output: `import fs from 'node:fs';
enum Stream {
  In,
  Out,
}
export async function f<T extends number | string>(a: number | string, b: any, d: Stream, e: T, g: string, h: \`\${string}.txt\`) {
  fs.readFileSync(a);
  await fs.promises.readFile(b);
  fs.readFileSync(d);
  fs.readFileSync(e);
  await fs.promises.readFile(g);
  await fs.promises.readFile(h);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 7,
          column: 3,
          endLine: 7,
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
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'without type information a union annotation with number decides; any and a type parameter constraint are read as written',
    },
    {
      code: `import fs from 'node:fs';
export async function f(p: string) {
  const v0 = p;
  const v1 = v0;
  const v2 = v1;
  const v3 = v2;
  const v4 = v3;
  const v5 = v4;
  const v6 = v5;
  const v7 = v6;
  const v8 = v7;
  const v9 = v8;
  const v10 = v9;
  const v11 = v10;
  const v12 = v11;
  const v13 = v12;
  const v14 = v13;
  const v15 = v14;
  const v16 = v15;
  const v17 = v16;
  const v18 = v17;
  const v19 = v18;
  const v20 = v19;
  const v21 = v20;
  const v22 = v21;
  const v23 = v22;
  const v24 = v23;
  const v25 = v24;
  const v26 = v25;
  const v27 = v26;
  const v28 = v27;
  const v29 = v28;
  const v30 = v29;
  fs.readFileSync(v30);
  fs.readFileSync(v20);
}`,
      output: `import fs from 'node:fs';
export async function f(p: string) {
  const v0 = p;
  const v1 = v0;
  const v2 = v1;
  const v3 = v2;
  const v4 = v3;
  const v5 = v4;
  const v6 = v5;
  const v7 = v6;
  const v8 = v7;
  const v9 = v8;
  const v10 = v9;
  const v11 = v10;
  const v12 = v11;
  const v13 = v12;
  const v14 = v13;
  const v15 = v14;
  const v16 = v15;
  const v17 = v16;
  const v18 = v17;
  const v19 = v18;
  const v20 = v19;
  const v21 = v20;
  const v22 = v21;
  const v23 = v22;
  const v24 = v23;
  const v25 = v24;
  const v26 = v25;
  const v27 = v26;
  const v28 = v27;
  const v29 = v28;
  const v30 = v29;
  fs.readFileSync(v30);
  await fs.promises.readFile(v20);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 34,
          column: 3,
          endLine: 34,
          endColumn: 23,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 35,
          column: 3,
          endLine: 35,
          endColumn: 23,
          suggestions: [],
        },
      ],
      name: 'past the bound on how far values are followed nothing is sure: no fix there, and the nearer question is still answered',
    },
  ],
});

// With type information the argument's type decides too: a number-like, any or unknown constituent means no fix.
runWithData(typedRuleTester('no-sync-fs-in-async'), 'no-sync-fs-in-async descriptors with type information', rule, {
  valid: [],
  invalid: [
    {
      code: `import fs from 'node:fs';
enum Stream {
  In,
  Out,
}
export async function f<T extends number | string>(a: number | string, b: any, d: Stream, e: T, g: string, h: \`\${string}.txt\`) {
  fs.readFileSync(a);
  fs.readFileSync(b);
  fs.readFileSync(d);
  fs.readFileSync(e);
  fs.readFileSync(g);
  fs.readFileSync(h);
}`,
      output: `import fs from 'node:fs';
enum Stream {
  In,
  Out,
}
export async function f<T extends number | string>(a: number | string, b: any, d: Stream, e: T, g: string, h: \`\${string}.txt\`) {
  fs.readFileSync(a);
  fs.readFileSync(b);
  fs.readFileSync(d);
  fs.readFileSync(e);
  await fs.promises.readFile(g);
  await fs.promises.readFile(h);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 21,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 21,
          suggestions: [],
        },
      ],
      name: 'number, any, a numeric enum and a type parameter that may be a number: no fix',
    },
    {
      code: `import fs, { openSync } from 'node:fs';
export async function f<T extends number | undefined, A extends number[]>(
  a: ReturnType<typeof openSync>,
  b: NonNullable<T>,
  c: A[number],
  d: {},
  e: NonNullable<string | null>,
  g: Extract<string | number, string>,
) {
  fs.readFileSync(a);
  fs.readFileSync(b);
  fs.readFileSync(c);
  fs.readFileSync(d);
  fs.readFileSync(e);
  fs.readFileSync(g);
}`,
      output: `import fs, { openSync } from 'node:fs';
export async function f<T extends number | undefined, A extends number[]>(
  a: ReturnType<typeof openSync>,
  b: NonNullable<T>,
  c: A[number],
  d: {},
  e: NonNullable<string | null>,
  g: Extract<string | number, string>,
) {
  fs.readFileSync(a);
  fs.readFileSync(b);
  fs.readFileSync(c);
  fs.readFileSync(d);
  await fs.promises.readFile(e);
  await fs.promises.readFile(g);
}`,
      errors: [10, 11, 12, 13, 14, 15].map((line) => ({
        ...(line < 14
          ? { messageId: 'syncFsDescriptor' as const, data: { name: 'readFileSync' } }
          : {
              messageId: 'syncFsInAsync' as const,
              data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
            }),
        line,
        column: 3,
        endLine: line,
        endColumn: 21,
        suggestions: [],
      })),
      name: 'the checker decides through indirections: ReturnType, NonNullable of a type parameter, an element of a generic array, {}',
    },
    {
      code: `import fs from 'node:fs';
export async function f<T extends Parameters<typeof fs.readFileSync>[0]>(p: string) {
  fs.readFileSync(p as unknown as NonNullable<T>);
  fs.readFileSync(p as unknown as T);
  fs.readFileSync(p as unknown as NonNullable<string | undefined>);
}`,
      output: `import fs from 'node:fs';
export async function f<T extends Parameters<typeof fs.readFileSync>[0]>(p: string) {
  fs.readFileSync(p as unknown as NonNullable<T>);
  fs.readFileSync(p as unknown as T);
  await fs.promises.readFile(p as unknown as NonNullable<string | undefined>);
}`,
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 50,
          suggestions: [],
        },
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 67,
          suggestions: [],
        },
      ],
      name: 'only the checker sees through a cast to a generic type whose constraint admits a number',
    },
  ],
});

/** A case whose one `readFileSync(…)` call (the last on its line) may take a descriptor: reported, no fix. */
function noFix(name: string, code: string) {
  const lines = code.split('\n');
  const line = lines.findIndex((text) => text.includes('readFileSync(') && !text.includes('import'));
  const text = lines[line] ?? '';
  const start = text.search(/(?:fs\.)?readFileSync\(/u);
  const end = text.lastIndexOf(')') + 1;
  return {
    code,
    output: null,
    errors: [
      {
        messageId: 'syncFsDescriptor' as const,
        data: { name: 'readFileSync' },
        line: line + 1,
        column: start + 1,
        endLine: line + 1,
        endColumn: end + 1,
        suggestions: [],
      },
    ],
    name,
  };
}

// Class fields reached other ways than `this.x` in the class that writes them.
runWithData(new RuleTester(), 'no-sync-fs-in-async descriptors in class fields', rule, {
  valid: [],
  invalid: [
    noFix(
      'a static field read through the class name',
      `import { openSync, readFileSync } from 'node:fs';
class F {
  static handle = openSync('x');
  async read() { return readFileSync(F.handle); }
}`,
    ),
    noFix(
      'a static block writes this.s, read as K.s',
      `import { openSync, readFileSync } from 'node:fs';
class K {
  static { this.s = openSync('y'); }
  async read() { return readFileSync(K.s); }
}`,
    ),
    noFix(
      'a field of a superclass in the file',
      `import { openSync, readFileSync } from 'node:fs';
class Base { handle = openSync('x'); }
class Sub extends Base {
  async read() { return readFileSync(this.handle); }
}`,
    ),
    noFix(
      'a destructuring write of a field',
      `import { openSync, readFileSync } from 'node:fs';
class D {
  open(p: string) { [this.handle] = [openSync(p)]; }
  async read() { return readFileSync(this.handle); }
}`,
    ),
    noFix(
      'an abstract field typed number',
      `import { readFileSync } from 'node:fs';
abstract class A {
  abstract h: number;
  async read() { return readFileSync(this.h); }
}`,
    ),
    noFix(
      'a computed literal key',
      `import { openSync, readFileSync } from 'node:fs';
class C {
  ['lit'] = openSync('x');
  async read() { return readFileSync(this['lit']); }
}`,
    ),
    noFix(
      'a class name written from outside the class',
      `import { openSync, readFileSync } from 'node:fs';
class W {
  static h;
  async read() { return readFileSync(W.h); }
}
W.h = openSync('x');`,
    ),
  ],
});

// Values through local functions, const object and array literals, and a FileHandle's `fd` destructured.
runWithData(new RuleTester(), 'no-sync-fs-in-async descriptors through local values', rule, {
  valid: [],
  invalid: [
    // followCalls off: `openIt()` is a blocking helper too (see helpers-*.test.ts); here only the descriptor counts.
    {
      ...noFix(
        'a local function that returns openSync',
        `import fs from 'node:fs';
function openIt(p) { return fs.openSync(p, 'r'); }
async function f(p) { return fs.readFileSync(openIt(p)); }`,
      ),
      options: [{ followCalls: false }],
    },
    {
      ...noFix(
        'a const arrow that returns openSync, recursive',
        `import fs from 'node:fs';
const openIt = (p, again) => (again ? openIt(p, false) : fs.openSync(p, 'r'));
async function f(p) { return fs.readFileSync(openIt(p, true)); }`,
      ),
      options: [{ followCalls: false }],
    },
    noFix(
      'a member of a const object literal',
      `import fs from 'node:fs';
const o = { h: fs.openSync('x') };
async function f() { return fs.readFileSync(o.h); }`,
    ),
    noFix(
      'an element of a const array destructured',
      `import fs from 'node:fs';
const arr = [fs.openSync('x')];
async function f() { const [x] = arr; return fs.readFileSync(x); }`,
    ),
    noFix(
      'the fd of a FileHandle destructured under another name',
      `import fs from 'node:fs';
async function f(p) { const { fd: handle } = await fs.promises.open(p); return fs.readFileSync(handle); }`,
    ),
  ],
});

// Defaults inside a `for…of` pattern.
runWithData(new RuleTester(), 'no-sync-fs-in-async descriptors in for-of defaults', rule, {
  valid: [],
  invalid: [
    noFix(
      'a numeric default in a for-of pattern',
      `import fs from 'node:fs';
async function f(args) { for (const [a = 1] of args) fs.readFileSync(a); }`,
    ),
  ],
});

// Annotations read without type information: `ReturnType<typeof openSync>` of the fs binding, `NonNullable<T>`, and
// indexed access into array, tuple and object types written in the file.
runWithData(new RuleTester(), 'no-sync-fs-in-async descriptors in utility and indexed types', rule, {
  valid: [],
  invalid: [
    noFix(
      'ReturnType of the openSync the file imports from fs',
      `import { openSync, readFileSync } from 'node:fs';
export async function f(handle: ReturnType<typeof openSync>) {
  return readFileSync(handle);
}`,
    ),
    noFix(
      'ReturnType of openSync through the module binding',
      `import fs from 'node:fs';
export async function f(handle: ReturnType<typeof fs.openSync>) {
  return fs.readFileSync(handle);
}`,
    ),
    noFix(
      'ReturnType of a local function that returns openSync',
      `import fs from 'node:fs';
function openIt(p: string) { return fs.openSync(p, 'r'); }
export async function f(handle: ReturnType<typeof openIt>) {
  return fs.readFileSync(handle);
}`,
    ),
    noFix(
      'NonNullable of a type parameter that may be a number',
      `import fs from 'node:fs';
export async function f<T extends number | undefined>(handle: NonNullable<T>) {
  return fs.readFileSync(handle);
}`,
    ),
    noFix(
      'an element of a number[] alias',
      `import fs from 'node:fs';
type Handles = readonly number[];
export async function f(handle: Handles[number]) {
  return fs.readFileSync(handle);
}`,
    ),
    noFix(
      'an element of an array type parameter',
      `import fs from 'node:fs';
export async function f<A extends number[]>(handle: A[number]) {
  return fs.readFileSync(handle);
}`,
    ),
    noFix(
      'an element of a tuple alias',
      `import fs from 'node:fs';
type Opened = [path: string, handle?: number];
export async function f(handle: Opened[1]) {
  return fs.readFileSync(handle);
}`,
    ),
    {
      code: `import fs from 'node:fs';
import { measure } from './measure';
type Source = { fd: number; path: string };
export async function f(
  name: NonNullable<string | null>,
  file: Source['path'],
  target: Parameters<typeof fs.readFileSync>[0],
  size: ReturnType<typeof measure>,
) {
  fs.readFileSync(name);
  fs.readFileSync(file);
  fs.readFileSync(target);
  fs.readFileSync(size);
}`,
      output: `import fs from 'node:fs';
import { measure } from './measure';
type Source = { fd: number; path: string };
export async function f(
  name: NonNullable<string | null>,
  file: Source['path'],
  target: Parameters<typeof fs.readFileSync>[0],
  size: ReturnType<typeof measure>,
) {
  await fs.promises.readFile(name);
  await fs.promises.readFile(file);
  await fs.promises.readFile(target);
  await fs.promises.readFile(size);
}`,
      errors: [10, 11, 12, 13].map((line) => ({
        messageId: 'syncFsInAsync' as const,
        data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
        line,
        column: 3,
        endLine: line,
        endColumn: line === 12 ? 26 : 24,
        suggestions: [],
      })),
      name: 'string types are fixed; an annotation that cannot be read leaves it to the name, as before',
    },
    {
      code: `import fs from 'node:fs';
type ReturnType<T> = string;
export async function f(handle: ReturnType<typeof fs.openSync>) {
  return fs.readFileSync(handle);
}`,
      output: `import fs from 'node:fs';
type ReturnType<T> = string;
export async function f(handle: ReturnType<typeof fs.openSync>) {
  return await fs.promises.readFile(handle);
}`,
      errors: [
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 33,
          suggestions: [],
        },
      ],
      name: 'a type of the file named like a utility type is read as the file declares it',
    },
    noFix(
      'a property of an object type alias',
      `import fs from 'node:fs';
type Source = { fd: number; path: string };
export async function f(handle: Source['fd']) {
  return fs.readFileSync(handle);
}`,
    ),
  ],
});

// The descriptor fs's callback `open` hands its callback, and the `fd` of a `FileHandle` from `fs.promises.open`.
runWithData(new RuleTester(), 'no-sync-fs-in-async descriptors from open callbacks and FileHandles', rule, {
  valid: [],
  invalid: [
    noFix(
      'the second parameter of an async callback of fs.open, under another name',
      `import fs from 'node:fs';
export function f(p: string) {
  fs.open(p, 'r', async (error, handle) => {
    fs.readFileSync(handle);
  });
}`,
    ),
    noFix(
      'the descriptor kept in an outer let',
      `import { open, readFileSync } from 'node:fs';
let current;
open('log.txt', (error, opened) => { current = opened; });
export async function f() { return readFileSync(current); }`,
    ),
    noFix(
      'a callback passed to fs.open by name',
      `const fs = require('fs');
async function onOpen(error, h) {
  fs.readFileSync(h);
}
fs.open('a.txt', onOpen);`,
    ),
    noFix(
      'the fd of a FileHandle copied to another name',
      `import fs from 'node:fs';
export async function f(p: string) {
  const file = await fs.promises.open(p);
  const n = file.fd;
  return fs.readFileSync(n);
}`,
    ),
    noFix(
      'the fd of a FileHandle in a then callback',
      `import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
export async function f(p: string) {
  await open(p).then(async (file) => {
    readFileSync(file.fd);
  });
}`,
    ),
    {
      code: `import fs from 'node:fs';
import { db } from './db';
export function f(p: string) {
  db.open(p, async (error, handle) => {
    fs.readFileSync(handle);
  });
  fs.stat(p, async (error, stats) => {
    fs.readFileSync(stats);
  });
  fs.open(p, async (error) => {
    fs.readFileSync(error);
  });
}`,
      output: `import fs from 'node:fs';
import { db } from './db';
export function f(p: string) {
  db.open(p, async (error, handle) => {
    await fs.promises.readFile(handle);
  });
  fs.stat(p, async (error, stats) => {
    await fs.promises.readFile(stats);
  });
  fs.open(p, async (error) => {
    await fs.promises.readFile(error);
  });
}`,
      errors: [5, 8, 11].map((line) => ({
        messageId: 'syncFsInAsync' as const,
        data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
        line,
        column: 5,
        endLine: line,
        endColumn: line === 5 ? 28 : line === 8 ? 27 : 27,
        suggestions: [],
      })),
      name: 'another module’s open, fs’s stat and the error parameter of fs.open give no descriptor',
    },
  ],
});
