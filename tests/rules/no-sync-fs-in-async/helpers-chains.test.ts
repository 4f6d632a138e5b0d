import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/no-sync-fs-in-async';
import { runWithData } from '../../rule-tester';

// Helper chains whose fix spans several helpers: mutual recursion made async as a whole, and a call of an inner
// helper of the chain from a callback, which withholds the fix for the helper reached through it, while the inner
// helper alone names its call from the outer one, which stays sync.
runWithData(new RuleTester(), 'no-sync-fs-in-async helpers: chains', rule, {
  valid: [],
  invalid: [
    {
      name: 'mutual recursion: both helpers become async and every call of each is awaited',
      code: `import fs from 'node:fs';
function even(n: number): string {
  return n === 0 ? fs.readFileSync('x', 'utf8') : odd(n - 1);
}
function odd(n: number): string {
  return n === 0 ? '' : even(n - 1);
}
async function main() {
  return odd(3);
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelper',
          data: { helper: 'odd', chain: '`odd()` → `even()` → `readFileSync`', line: '3' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'makeHelperAsync',
              data: { helper: 'odd' },
              output: `import fs from 'node:fs';
async function even(n: number): Promise<string> {
  return n === 0 ? await fs.promises.readFile('x', 'utf8') : await odd(n - 1);
}
async function odd(n: number): Promise<string> {
  return n === 0 ? '' : await even(n - 1);
}
async function main() {
  return await odd(3);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an inner helper of the chain called in an eager callback: no fix, the call named',
      code: `import fs from 'node:fs';
function read(p: string) {
  return fs.readFileSync(p, 'utf8');
}
function load(p: string) {
  return JSON.parse(read(p));
}
async function main(files: string[]) {
  const first = load('a');
  return [first, files.map((file) => read(file))];
}`,
      output: null,
      errors: [
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'load',
            chain: '`load()` → `read()` → `readFileSync`',
            line: '3',
            reason: '`read()` is called where `await` cannot go (line 10)',
          },
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 26,
          suggestions: [],
        },
        {
          messageId: 'syncFsInHelperNoFix',
          data: {
            helper: 'read',
            chain: '`readFileSync`',
            line: '3',
            reason: '`read()` is called from sync code (line 6)',
          },
          line: 10,
          column: 38,
          endLine: 10,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
  ],
});
