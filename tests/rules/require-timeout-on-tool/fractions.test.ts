import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// A fractional timeout where the API checks for an integer. Run on Node 20: `child_process` (spawn, exec, execFile,
// fork and the sync forms) throws ERR_OUT_OF_RANGE on `timeout: 1.5` ("must be an unsigned integer"), and so does
// `AbortSignal.timeout(1.5)` ("must be an integer"), which the AI SDK (ai 6) calls with a number `timeout` and with
// `timeout.totalMs`. Its `stepMs` and `chunkMs` go to `setTimeout`, which takes a fraction.

const CHILD = 'Node throws on a `timeout` that is not an integer';
const SIGNAL = "the SDK's `AbortSignal.timeout()` throws on a delay that is not an integer";

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: 3e3 });`,
    `import { streamText } from 'ai';
streamText({ model, prompt, timeout: { totalMs: 60_000, chunkMs: 1.5 } });`,
    `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 60_000, stepMs: 2.5 } });`,
  ],
  invalid: [
    {
      code: `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: 1.5 });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'child_process.spawn', key: 'timeout', value: '1.5', effect: CHILD },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '2' },
              output: `import { spawn } from 'node:child_process';
spawn('make', ['build'], { timeout: 2 });`,
            },
          ],
        },
      ],
      name: 'spawn with a fractional timeout',
    },
    {
      code: `import { execSync } from 'node:child_process';
execSync('make', { timeout: 2000.5 });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'child_process.execSync', key: 'timeout', value: '2000.5', effect: CHILD },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '2001' },
              output: `import { execSync } from 'node:child_process';
execSync('make', { timeout: 2001 });`,
            },
          ],
        },
      ],
      name: 'execSync with a fractional timeout',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: 1.5 });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'ai.generateText', key: 'timeout', value: '1.5', effect: SIGNAL },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '2' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: 2 });`,
            },
          ],
        },
      ],
      name: 'generateText with a fractional timeout',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 1500.5 } });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'ai.generateText', key: 'totalMs', value: '1500.5', effect: SIGNAL },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '1501' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 1501 } });`,
            },
          ],
        },
      ],
      name: 'generateText with a fractional totalMs',
    },
  ],
});
