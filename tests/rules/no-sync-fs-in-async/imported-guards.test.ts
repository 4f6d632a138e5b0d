import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// What a module's summary must leave out or get right beyond the plain cases: each case lints `main.ts` in
// tests/fixtures/cross-module/project (it need not exist: its text is the case's code).
const project = path.join(__dirname, '..', '..', 'fixtures', 'cross-module', 'project');
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

runWithData(new RuleTester(), 'no-sync-fs-in-async imported helpers: guards', rule, {
  valid: [
    {
      name: 'a static method its module replaces (`K.m = …`, `K["m"] = …`) is not exported as blocking',
      filename,
      code: `import Cache, { Loader } from './reassigned/statics';
export async function main() {
  return [Loader.read('a'), Cache.load('b')];
}`,
    },
  ],
  invalid: [
    {
      name: 'a static method of the same class that is not replaced is still reported',
      filename,
      code: `import { Loader } from './reassigned/statics';
export async function main() {
  return Loader.peek('a');
}`,
      output: null,
      errors: [imported('Loader.peek', './reassigned/statics', '`readFileSync` at statics.ts:9', 3, 10, 26)],
    },
    {
      name: 'modules that import each other: a direct sync call ends the chain, it does not go round the cycle',
      filename,
      code: `import { readBoth } from './loopA';
import { viaLoopB } from './loopB';
export async function main() {
  return [readBoth('a'), viaLoopB('b')];
}`,
      output: null,
      errors: [
        imported('readBoth', './loopA', '`readFileSync` at loopA.ts:6', 4, 11, 24),
        imported('viaLoopB', './loopB', '`readBoth()` → `readFileSync` at loopA.ts:6', 4, 26, 39),
      ],
    },
  ],
});
