import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { lintWithOptions, runWithData } from '../../rule-tester';

// The `modules` option: its reports and its schema.
runWithData(new RuleTester(), 'no-sync-fs-in-async', rule, {
  valid: [
    // The modules option only adds the modules it names.
    "import { copySync } from 'my-fs';\nasync function f(p: string) {\n  copySync(p, p);\n}",
    {
      code: "import { copySync } from 'my-fs';\nasync function f(p: string) {\n  copySync(p, p);\n}",
      options: [{ modules: ['other-fs'] }],
      name: 'modules option: another module',
    },
  ],
  invalid: [
    {
      code: `import { copySync } from 'my-fs';
import other = require('./fs-wrapper');
async function f(p: string) {
  copySync(p, p);
  other['writeSync'](p);
}`,
      output: null,
      options: [{ modules: ['my-fs', './fs-wrapper'] }],
      errors: [
        {
          messageId: 'syncCallInAsync',
          data: { name: 'copySync', source: 'my-fs' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 17,
          suggestions: [],
        },
        {
          messageId: 'syncCallInAsync',
          data: { name: 'writeSync', source: './fs-wrapper' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
      ],
      name: 'modules option: report only',
    },
    {
      code: `import { readSync } from '@acme/fs.sync(v2)+';
import { copySync } from 'fs$x';
async function f(p: string) {
  readSync(p);
  copySync(p, p);
}`,
      output: null,
      options: [{ modules: ['@acme/fs.sync(v2)+', 'fs$x'] }],
      errors: [
        {
          messageId: 'syncCallInAsync',
          data: { name: 'readSync', source: '@acme/fs.sync(v2)+' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 14,
          suggestions: [],
        },
        {
          messageId: 'syncCallInAsync',
          data: { name: 'copySync', source: 'fs$x' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          suggestions: [],
        },
      ],
      name: 'modules option: names with slashes and regular-expression characters are matched exactly',
    },
    {
      code: `import w from '@acme/fs';
async function f(p: string) {
  return w.realpathSync.native(p);
}`,
      output: null,
      options: [{ modules: ['@acme/fs'] }],
      errors: [
        {
          messageId: 'syncCallInAsync',
          data: { name: 'realpathSync.native', source: '@acme/fs' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 34,
          suggestions: [],
        },
      ],
      name: "modules option: a wrapper's realpathSync.native is reported, never fixed (it may have no .promises)",
    },
  ],
});

describe('options', () => {
  const lint = (options: unknown): unknown => lintWithOptions('no-sync-fs-in-async', rule, options);

  it.each([
    ['a string instead of a list', { modules: 'my-fs' }, /should be array/u],
    [
      'an empty module name',
      { modules: [''] },
      /must NOT have fewer than 1 characters|should NOT be shorter than 1 characters/u,
    ],
    [
      'a repeated module name',
      { modules: ['a', 'a'] },
      /must NOT have duplicate items|should NOT have duplicate items/u,
    ],
    [
      'an unknown option',
      { module: ['my-fs'] },
      /must NOT have additional properties|should NOT have additional properties/u,
    ],
  ])('rejects %s with a schema message', (_, options, message) => {
    expect(() => lint(options)).toThrow(message);
  });

  it('accepts a list of module names', () => {
    expect(lint({ modules: ['my-fs', '@scope/fs'] })).toEqual([]);
  });
});
