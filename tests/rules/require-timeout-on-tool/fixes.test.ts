import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// The text and place of the suggestions and fixes.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [],
  invalid: [
    {
      code: `import { exec } from 'node:child_process';
const timeout = 0;
exec(command, { timeout });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'child_process.exec',
            key: 'timeout',
            value: '0',
            remedy: 'use a positive number of milliseconds',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
const timeout = 0;
exec(command, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a shorthand property: the suggestion spells out the key',
    },
    {
      code: `import { spawn } from 'node:child_process';
const options = { cwd };
spawn('make', [], options);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
const options = { cwd };
spawn('make', [], { ...options, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'options in a const: the fix spreads them',
    },
    {
      code: `import { exec } from 'node:child_process';
exec(cmd, {
  cwd,
  env,
}, done);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, {
  cwd,
  env,
  timeout: 30_000,
}, done);`,
            },
          ],
        },
      ],
      name: 'multi-line options keep their trailing comma',
    },
    {
      code: `import { exec } from 'node:child_process';
exec(cmd, { cwd, }, done);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, { cwd, timeout: 30_000, }, done);`,
            },
          ],
        },
      ],
      name: 'one-line options keep their trailing comma',
    },
    {
      code: `import { execFile } from 'node:child_process';
execFile('git', ['fetch'], /* keep */ (error) => {});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'child_process.execFile',
            remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFile } from 'node:child_process';
execFile('git', ['fetch'], /* keep */ { timeout: 30_000 }, (error) => {});`,
            },
          ],
        },
      ],
      name: 'comment before the callback survives',
    },
    {
      code: `import axios from 'axios';
await axios.post(url);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.post', remedy: 'pass `timeout` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.post(url, undefined, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios.post without data: the fix fills it with undefined',
    },
    {
      code: `import { $ } from 'zx';
await $({ cwd: root })\`npm test\`;`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: '$', remedy: 'use `$({ timeout })` or `.timeout()`, or kill the process from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { $ } from 'zx';
await $({ cwd: root, timeout: 30_000 })\`npm test\`;`,
            },
          ],
        },
      ],
      name: 'a factory called at the tag: the bound goes into its options',
    },
    {
      code: `import { spawn } from 'node:child_process';
spawn('ls', [], { cwd /* why */ });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
spawn('ls', [], { cwd, timeout: 30_000 /* why */ });`,
            },
          ],
        },
      ],
      name: 'a comment after the last property stays',
    },
  ],
});
