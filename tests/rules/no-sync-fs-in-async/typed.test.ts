import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData, typedRuleTester } from '../../rule-tester';

// With type information a first argument typed `number` is a file descriptor, whatever its name.
runWithData(typedRuleTester('no-sync-fs-in-async'), 'no-sync-fs-in-async with type information', rule, {
  valid: [],
  invalid: [
    {
      code: "import fs from 'node:fs';\nasync function f(handle: number, file: string) {\n  fs.readFileSync(handle);\n  fs.readFileSync(file);\n}",
      output:
        "import fs from 'node:fs';\nasync function f(handle: number, file: string) {\n  fs.readFileSync(handle);\n  await fs.promises.readFile(file);\n}",
      errors: [
        {
          messageId: 'syncFsDescriptor',
          data: { name: 'readFileSync' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
        },
        {
          messageId: 'syncFsInAsync',
          data: { name: 'readFileSync', twin: 'readFile', source: 'fs/promises' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
        },
      ],
    },
  ],
});
