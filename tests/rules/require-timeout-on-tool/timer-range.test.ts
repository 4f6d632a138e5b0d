import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';
import * as espree from 'espree';

// Node's timers take at most 2147483647 ms. Node 20.20.2: an async child_process call with `timeout: 2 ** 31` (or
// 3e9, 2 ** 32) warns "TimeoutOverflowWarning: … Timeout duration was set to 1." and kills the child with SIGTERM
// at once; `AbortSignal.timeout(3e9)` is aborted at once and `AbortSignal.timeout(2 ** 53)` throws; the MCP SDK
// passes a request's `timeout` to `setTimeout`, which fires at once on such a delay and on a negative one. The sync
// child_process calls run normally with such a `timeout`.

const SET_TIMEOUT = "the library's `setTimeout()` fires at once";
const ABORT_SIGNAL = "the SDK's `AbortSignal.timeout()` fires at once (or throws, past 4294967295 ms)";

function overflow(code: string, name: string, value: string, effect: string, column: number, endColumn: number) {
  return {
    code,
    output: null,
    errors: [
      {
        messageId: 'timerOverflow' as const,
        data: { name, key: 'timeout', value, effect, max: '2_147_483_647' },
        line: 2,
        column,
        endLine: 2,
        endColumn,
        suggestions: [
          {
            messageId: 'replaceBound' as const,
            data: { text: '2_147_483_647' },
            output: code.replace(`timeout: ${value}`, 'timeout: 2_147_483_647'),
          },
        ],
      },
    ],
    name: `${name} with timeout ${value}`,
  };
}

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    `import { streamText } from 'ai';
streamText({ model, prompt, timeout: { totalMs: 2 ** 31 - 1, chunkMs: 2_147_483_647 } });`,
    // The longest delay the timers take, and the sync calls, whose `timeout` is no Node timer.
    `import { spawn, spawnSync, execSync } from 'node:child_process';
spawn('make', [], { timeout: 2 ** 31 - 1 });
spawnSync('make', [], { timeout: 3e9 });
execSync('make', { timeout: 2 ** 32 });`,
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1.0.0' });
await client.callTool({ name: 'x' }, undefined, { timeout: 2_147_483_647 });`,
  ],
  invalid: [
    overflow(
      `import { spawn } from 'node:child_process';
spawn('make', [], { timeout: 2 ** 31 });`,
      'child_process.spawn',
      '2 ** 31',
      SET_TIMEOUT,
      1,
      40,
    ),
    overflow(
      `import { execFile } from 'node:child_process';
execFile('make', [], { timeout: 3e9 }, done);`,
      'child_process.execFile',
      '3e9',
      SET_TIMEOUT,
      1,
      45,
    ),
    overflow(
      `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: 3e9 });`,
      'ai.generateText',
      '3e9',
      ABORT_SIGNAL,
      7,
      52,
    ),
    {
      ...overflow(
        `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
await new Client(info).callTool({ name: 'x' }, undefined, { timeout: 3_000_000_000 });`,
        'Client.callTool',
        '3_000_000_000',
        SET_TIMEOUT,
        7,
        86,
      ),
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { stepMs: 2 ** 31 } });`,
      output: null,
      errors: [
        {
          messageId: 'timerOverflow',
          data: {
            name: 'ai.generateText',
            key: 'stepMs',
            value: '2 ** 31',
            effect: "the SDK's step timer fires at once",
            max: '2_147_483_647',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '2_147_483_647' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { stepMs: 2_147_483_647 } });`,
            },
          ],
        },
      ],
      name: "AI SDK: a stepMs past the timers' range fires the step timer at once",
    },
    {
      // Before ES2021 the suggestion (and the message) write the longest delay without `_` separators.
      code: `const { execFile } = require('child_process');
execFile('ls', [], { timeout: 3e9 }, () => {});`,
      languageOptions: { parser: espree, parserOptions: { ecmaVersion: 2019, sourceType: 'commonjs' } },
      output: null,
      errors: [
        {
          messageId: 'timerOverflow',
          data: {
            name: 'child_process.execFile',
            key: 'timeout',
            value: '3e9',
            effect: SET_TIMEOUT,
            max: '2147483647',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '2147483647' },
              output: `const { execFile } = require('child_process');
execFile('ls', [], { timeout: 2147483647 }, () => {});`,
            },
          ],
        },
      ],
      name: 'ES2019: the longest delay is written without separators',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
await new Client(info).callTool({ name: 'x' }, undefined, { timeout: -1 });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: { name: 'Client.callTool', key: 'timeout', value: '-1', effect: SET_TIMEOUT },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
await new Client(info).callTool({ name: 'x' }, undefined, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: "MCP: a negative timeout fires the SDK's timer at once",
    },
  ],
});
