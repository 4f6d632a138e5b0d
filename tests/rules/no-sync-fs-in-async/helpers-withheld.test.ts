import { RuleTester, type TestCaseError } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// Helper fixes withheld where the fix could not see every call or type, and helpers not reported at all where the
// call may not run them.
const noFix = (
  line: number,
  column: number,
  endColumn: number,
  helper: string,
  fsLine: string,
  reason: string,
): TestCaseError<'syncFsInHelperNoFix'> => ({
  messageId: 'syncFsInHelperNoFix' as const,
  data: { helper, chain: '`readFileSync`', line: fsLine, reason },
  line,
  column,
  endLine: line,
  endColumn,
  suggestions: [],
});

runWithData(new RuleTester(), 'no-sync-fs-in-async helpers: withheld', rule, {
  valid: [
    {
      name: 'object-literal key repeated, spread after it, or written: not a helper',
      code: `import fs from 'node:fs';
const a = { m() { return fs.readFileSync('/a', 'utf8'); }, m() { return 'second'; } };
const b = { m() { return fs.readFileSync('/b', 'utf8'); }, ...{ m: () => 'other' } };
const c = { m() { return fs.readFileSync('/c', 'utf8'); } };
c.m = () => 'cached';
export async function main() { return a.m() + b.m() + c.m(); }`,
    },
    {
      name: 'duplicate function declaration (JS): not a helper',
      code: `const fs = require('fs');
function f() { return fs.readFileSync('/b', 'utf8'); }
function f() { return 'pure'; }
async function main() { return f(); }`,
    },
    {
      name: 'this.load() in a base class whose in-module subclass overrides load: not reported',
      code: `import fs from 'node:fs';
class Base {
  protected load(): string { return fs.readFileSync('/base', 'utf8'); }
  async run() { return this.load(); }
}
class Sub extends Base { protected load(): string { return 'memory'; } }
export const x = new Sub();`,
    },
  ],
  invalid: [
    {
      name: 'a function expression called through its own name: no fix',
      code: `import fs from 'node:fs';
const walk = function w(d: string): number {
  let n = fs.readdirSync(d).length;
  if (d.length > 1) n += w(d.slice(1));
  return n;
};
async function main() { return walk('/tmp/abc'); }`,
      output: null,
      errors: [
        {
          ...noFix(7, 32, 48, 'walk', '3', '`walk()` is reached through its own name `w` (line 4)'),
          data: {
            helper: 'walk',
            chain: '`readdirSync`',
            line: '3',
            reason: '`walk()` is reached through its own name `w` (line 4)',
          },
        },
      ],
    },
    {
      name: 'a type annotation on the binding: no fix',
      code: `import fs from 'node:fs';
const load: (p: string) => string = (p) => fs.readFileSync(p, 'utf8');
class K {
  #read: () => string = () => fs.readFileSync('/k', 'utf8');
  async go() { return this.#read(); }
}
interface Paths { config(): string }
const paths: Paths = { config() { return fs.readFileSync('/c', 'utf8'); } };
async function main() { return load('/x') + paths.config() + new K().go(); }`,
      output: null,
      errors: [
        noFix(
          5,
          23,
          35,
          'this.#read',
          '4',
          '`this.#read()` has a type annotation on its binding that would no longer hold',
        ),
        noFix(9, 32, 42, 'load', '2', '`load()` has a type annotation on its binding that would no longer hold'),
        noFix(
          9,
          45,
          59,
          'paths.config',
          '8',
          '`paths.config()` has a type annotation on its binding that would no longer hold',
        ),
      ],
    },
    {
      name: 'this.#m() in a non-arrow function: no fix',
      code: `import fs from 'node:fs';
class Store {
  #read(p: string): string { return fs.readFileSync(p, 'utf8'); }
  all(ps: string[]): string[] {
    const out: string[] = [];
    ps.forEach(function (this: Store, p) { out.push(this.#read(p)); }, this);
    return out;
  }
  async one(p: string) { return this.#read(p); }
}
export const s = new Store();`,
      output: null,
      errors: [
        noFix(9, 33, 46, 'this.#read', '3', '`this.#read()` is read where `this` may be another object (line 6)'),
      ],
    },
    {
      name: 'a static read through this.constructor, or in a class bound by let: no fix',
      code: `import fs from 'node:fs';
class C {
  static m(p: string): string { return fs.readFileSync(p, 'utf8'); }
  n(): string { return (this.constructor as typeof C).m('/y'); }
}
let K = class {
  static m(p: string): string { return fs.readFileSync(p, 'utf8'); }
  static async run() { return this.m('/x'); }
};
K = class { static m() { return ''; } static async run() { return ''; } };
async function main() { return C.m('/x') + new C().n() + (await K.run()); }`,
      output: null,
      errors: [
        noFix(
          8,
          31,
          43,
          'this.m',
          '7',
          '`this.m()` belongs to a class not bound by a declaration or a `const` (line 6)',
        ),
        noFix(11, 32, 41, 'C.m', '3', '`C.m()` is read on an object that may be its class (line 4)'),
      ],
    },
  ],
});
