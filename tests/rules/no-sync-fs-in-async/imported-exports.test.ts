import path from 'node:path';

import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// Which names a module exports, as ES defines them: each case lints `main.ts` in tests/fixtures/cross-module/project.
const project = path.join(__dirname, '..', '..', 'fixtures', 'cross-module', 'project');
const filename = path.join(project, 'main.ts');

runWithData(new RuleTester(), 'no-sync-fs-in-async imported helpers: exported names', rule, {
  valid: [
    {
      name: "a module's own export hides the same name from its `export *` module",
      filename,
      code: `import { load, Store } from './shadow';
export async function main() {
  return [load(), Store.open()];
}`,
    },
    {
      name: 'an export inside a `namespace` or `declare module` is not a top-level export',
      filename,
      code: `import { read, settings, open } from './shadow/namespaced';
export async function main() {
  return [read(), settings(), open()];
}`,
    },
  ],
  invalid: [
    {
      name: 'a relative module of the `modules` option: its call is reported once, by the tracker',
      filename,
      code: `import { copyTreeSync } from './shadow/files';
export async function main() {
  return copyTreeSync('a', 'b');
}`,
      output: null,
      options: [{ modules: ['./shadow/files'] }],
      errors: [
        {
          messageId: 'syncCallInAsync',
          data: { name: 'copyTreeSync', source: './shadow/files' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
  ],
});
