import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { fixAll, lintWithOptions, runWithData } from '../../rule-tester';

// The helper options: `followCalls` turns the helper reports off, `fixHelpers` turns their suggestion into an
// autofix; both are checked by the schema.
const CHAIN = `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
const load = (p: string) => read(p);
async function main(p: string) {
  return load(p);
}`;

runWithData(new RuleTester(), 'no-sync-fs-in-async helpers: options', rule, {
  valid: [{ code: CHAIN, options: [{ followCalls: false, fixHelpers: 'autofix' }], name: 'followCalls off' }],
  invalid: [
    {
      code: CHAIN,
      output: `import fs from 'node:fs';
async function read(p: string) {
  return await fs.promises.readFile(p, 'utf8');
}
const load = async (p: string) => await read(p);
async function main(p: string) {
  return await load(p);
}`,
      options: [{ fixHelpers: 'autofix' }],
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'load', chain: '`load()` → `read()` → `readFileSync`', line: '3' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 17,
          suggestions: [],
        },
      ],
      name: 'fixHelpers autofix: the chain is fixed, no suggestion',
    },
    {
      code: CHAIN,
      output: null,
      options: [{ followCalls: true, fixHelpers: 'suggestion' }],
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
const load = async (p: string) => await read(p);
async function main(p: string) {
  return await load(p);
}`,
            },
          ],
        },
      ],
      name: 'fixHelpers suggestion, stated',
    },
  ],
});

describe('helper options', () => {
  const lint = (options: unknown): unknown => lintWithOptions('no-sync-fs-in-async', rule, options);

  it.each([
    ['followCalls as a string', { followCalls: 'yes' }, /must be boolean|should be boolean/u],
    [
      'an unknown fixHelpers mode',
      { fixHelpers: 'always' },
      /must be equal to one of the allowed values|should be equal to one of the allowed values/u,
    ],
    ['fixHelpers as a boolean', { fixHelpers: true }, /must be string|should be string/u],
  ])('rejects %s with a schema message', (_, options, message) => {
    expect(() => lint(options)).toThrow(message);
  });

  it('accepts both options', () => {
    expect(lint({ followCalls: false, fixHelpers: 'autofix' })).toEqual([]);
  });

  it('converges under ESLint’s fix loop: every chain of the file becomes async in a few passes', () => {
    const { output, remaining } = fixAll(
      'no-sync-fs-in-async',
      rule,
      `import { readFileSync, statSync } from 'node:fs';
const text = (p: string): string => readFileSync(p, 'utf8');
const tools = {
  size(p: string): number | undefined {
    return statSync(p).size;
  },
};
async function main(p: string) {
  return text(p).length + (tools.size(p) ?? 0);
}
`,
      { fixHelpers: 'autofix' },
    );
    expect(output).toBe(`import * as fsPromises from 'node:fs/promises';
const text = async (p: string): Promise<string> => await fsPromises.readFile(p, 'utf8');
const tools = {
  async size(p: string): Promise<number | undefined> {
    return (await fsPromises.stat(p)).size;
  },
};
async function main(p: string) {
  return (await text(p)).length + (await tools.size(p) ?? 0);
}
`);
    expect(remaining).toEqual([]);
  });
});
