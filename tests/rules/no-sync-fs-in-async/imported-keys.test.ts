import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// Export names and member paths are two namespaces: `export { f as "o.b" }` (a string export name, ES2022) is not
// member `b` of an exported `o`, either way round. Each case lints `main.ts` in tests/fixtures/cross-module-keys.
const project = path.join(__dirname, '..', '..', 'fixtures', 'cross-module-keys');
const filename = path.join(project, 'main.ts');

const imported = (helper: string, source: string, chain: string, line: number, column: number, endColumn: number) =>
  ({
    messageId: 'syncFsInImportedHelper',
    data: { helper, source, chain },
    line,
    column,
    endLine: line,
    endColumn,
  }) as const;

const stringChain = '`readFileSync` at stringName.ts:4';
const memberChain = '`existsSync` at memberName.ts:10';

runWithData(new RuleTester(), 'no-sync-fs-in-async imported helpers: export names and members', rule, {
  valid: [
    {
      name: 'a harmless member `o.b` beside a blocking export named "o.b"',
      filename,
      code: `import { o } from './stringName';
async function main() {
  return o.b('a');
}`,
    },
    {
      name: 'a harmless export named "o.b" beside a blocking member `o.b`',
      filename,
      code: `import { 'o.b' as inc } from './memberName';
async function main() {
  return inc(1);
}`,
    },
    {
      name: 'a harmless static method `C.m` beside a blocking export named "C.m"',
      filename,
      code: `import { C } from './staticName';
async function main() {
  return C.m('a');
}`,
    },
    {
      name: 'through a namespace: `s.o.b()` is the member, `m["o.b"]()` the export',
      filename,
      code: `import * as s from './stringName';
import * as m from './memberName';
async function main() {
  return [s.o.b('a'), m['o.b'](1)];
}`,
    },
    {
      name: 'a harmless export named "o.b" passed on as "p.q"',
      filename,
      code: `import { 'p.q' as inc } from './reexports';
async function main() {
  return inc(1);
}`,
    },
    {
      name: 'a namespace passed on: its harmless export "o.b", its member `o` that is not called',
      filename,
      code: `import * as n from './namespaces';
import { mem } from './namespaces';
async function main() {
  return [mem['o.b'](1), n.mem['o.b'](1), n.mem.o('a')];
}`,
    },
    {
      name: 'an export name no ES module can export (a lone surrogate) never spells a member key, either way round',
      filename,
      code: `import { o } from './surrogateName';
import { 'o\\uD800b' as inc } from './surrogateMember';
async function main() {
  return [o.b('a'), inc(1)];
}`,
    },
  ],
  invalid: [
    {
      name: 'a blocking export named "o.b"',
      filename,
      code: `import { 'o.b' as load } from './stringName';
async function main() {
  return load('a');
}`,
      output: null,
      errors: [imported('load', './stringName', stringChain, 3, 10, 19)],
    },
    {
      name: 'a blocking member `o.b` beside a harmless export named "o.b"',
      filename,
      code: `import { o } from './memberName';
async function main() {
  return o.b('a');
}`,
      output: null,
      errors: [imported('o.b', './memberName', memberChain, 3, 10, 18)],
    },
    {
      name: 'a blocking export named "C.m" beside a harmless static method',
      filename,
      code: `import { 'C.m' as size } from './staticName';
async function main() {
  return size('a');
}`,
      output: null,
      errors: [imported('size', './staticName', '`statSync` at staticName.ts:11', 3, 10, 19)],
    },
    {
      name: 'through a namespace: `s["o.b"]()` is the blocking export, `m.o.b()` the blocking member',
      filename,
      code: `import * as s from './stringName';
import * as m from './memberName';
async function main() {
  s['o.b']('a');
  await Promise.resolve();
  m.o.b('b');
}`,
      output: null,
      errors: [
        imported('s["o.b"]', './stringName', stringChain, 4, 3, 16),
        imported('m.o.b', './memberName', memberChain, 6, 3, 13),
      ],
    },
    {
      name: 'string names re-exported: "o.b" as itself, and an object renamed "p"',
      filename,
      code: `import { 'o.b' as load, p } from './reexports';
async function main() {
  load('a');
  await Promise.resolve();
  p.b('b');
}`,
      output: null,
      errors: [
        imported('load', './reexports', stringChain, 3, 3, 12),
        imported('p.b', './reexports', memberChain, 5, 3, 11),
      ],
    },
    {
      name: 'a namespace passed on by `export * as`, by `export { s }` and as the default: its export "o.b"',
      filename,
      code: `import * as n from './namespaces';
import ns, { str, s } from './namespaces';
async function main() {
  n.str['o.b']('a');
  str['o.b']('b');
  s['o.b']('c');
  ns['o.b']('d');
}`,
      output: null,
      errors: [
        imported('n.str["o.b"]', './namespaces', stringChain, 4, 3, 20),
        imported('str["o.b"]', './namespaces', stringChain, 5, 3, 18),
        imported('s["o.b"]', './namespaces', stringChain, 6, 3, 16),
        imported('ns["o.b"]', './namespaces', stringChain, 7, 3, 17),
      ],
    },
  ],
});
