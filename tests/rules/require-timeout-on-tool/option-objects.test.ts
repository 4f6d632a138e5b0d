import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// Option objects the rule reads: a const literal through `as const` and `satisfies`, unless something writes it (`Object.assign`), and a `new Request(url, init)` held in a const, whatever its name.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // as const: the literal bounds the call
    `import { spawn } from 'node:child_process';
const options = { timeout: 5000, stdio: 'pipe' } as const;
spawn('make', ['build'], options);`,
    // satisfies: the literal bounds the call
    `import { execFile } from 'node:child_process';
import type { ExecFileOptions } from 'node:child_process';
const options = { timeout: 5000 } satisfies ExecFileOptions;
execFile('git', ['status'], options, done);`,
    // a Request kept in a const named request carries its signal
    `export async function load(url: string) {
  const request = new Request(url, { signal: AbortSignal.timeout(5000) });
  return fetch(request);
}`,
    // a Request whose init is a const object
    `const init = { signal: AbortSignal.timeout(5000) } as const;
const request = new Request(url, init);
await fetch(request);`,
    // a parameter named request may be a Request: unknown, not reported
    `export const send = (request: Request) => fetch(request);`,
    // Object.assign makes a const literal unreadable: unknown, not reported
    `import { spawnSync } from 'node:child_process';
export function build(extra: object) {
  const options = { cwd: '/tmp' };
  Object.assign(options, extra);
  spawnSync('make', ['build'], options);
}`,
  ],
  invalid: [
    {
      code: `import { spawnSync } from 'node:child_process';
export function build(extra: object) {
  const options = { cwd: '/tmp' };
  Object.assign(options, extra);
  spawnSync('make', ['build'], options);
}`,
      options: [{ strict: true }],
      output: null,
      errors: [
        {
          messageId: 'unknownBound',
          data: { name: 'child_process.spawnSync' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 40,
        },
      ],
      name: 'Object.assign makes a const literal unreadable: unknown under strict',
    },
    {
      code: `import { execFile } from 'node:child_process';
const options = { timeout: 0, retries: 0 };
options.retries++;
execFile('git', ['status'], options, done);`,
      options: [{ strict: true }],
      output: null,
      errors: [
        {
          messageId: 'unknownBound',
          data: { name: 'child_process.execFile' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 43,
        },
      ],
      name: 'an increment changes a const literal: unknown under strict',
    },
    {
      code: `import { spawn } from 'node:child_process';
const Object = { assign(target: object) { return target; } };
const options = { cwd: '/tmp' };
Object.assign(options);
spawn('make', ['build'], options);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
const Object = { assign(target: object) { return target; } };
const options = { cwd: '/tmp' };
Object.assign(options);
spawn('make', ['build'], { ...options, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'Object.assign of a local Object is no such write: the literal is read and reported',
    },
    {
      code: `import { spawn } from 'node:child_process';
const options = { cwd: '/tmp' } as const;
spawn('make', ['build'], options);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
const options = { cwd: '/tmp' } as const;
spawn('make', ['build'], { ...options, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'as const: a literal without a bound is read and reported',
    },
    {
      code: `import { execFile } from 'node:child_process';
import type { ExecFileOptions } from 'node:child_process';
const options = { timeout: 0 } satisfies ExecFileOptions;
execFile('git', ['status'], options, done);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'child_process.execFile',
            key: 'timeout',
            value: '0',
            remedy: 'use a positive number of milliseconds',
          },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 43,
        },
      ],
      name: 'satisfies: a literal with timeout 0 is read and reported',
    },
    {
      code: `export async function load(url: string) {
  const request = new Request(url, { method: 'POST' });
  return fetch(request);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `export async function load(url: string) {
  const request = new Request(url, { method: 'POST' });
  return fetch(request, { signal: AbortSignal.timeout(30_000) });
}`,
            },
          ],
        },
      ],
      name: 'a Request in a const named request, without a signal, is read and reported',
    },
    {
      code: `const request = new Request(url, { signal: new AbortController().signal });
await fetch(request);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'fetch',
            key: 'signal',
            value: 'new AbortController().signal',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'AbortSignal.timeout(30_000)' },
              output: `const request = new Request(url, { signal: AbortSignal.timeout(30_000) });
await fetch(request);`,
            },
          ],
        },
      ],
      name: 'a Request in a const named request, with a signal that never fires',
    },
  ],
});
