import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// A fractional timeout where the API checks for an integer. Run on Node 20: `child_process` (spawn, exec, execFile,
// fork and the sync forms) throws ERR_OUT_OF_RANGE on `timeout: 1.5` ("must be an unsigned integer"), and so does
// `AbortSignal.timeout(1.5)` ("must be an integer"), which the AI SDK (ai 6) calls with a number `timeout` and with
// `timeout.totalMs`. Its `stepMs` and `chunkMs` go to `setTimeout`, which takes a fraction.

const CHILD = 'Node throws on a `timeout` that is not an integer >= 0';
const SIGNAL = "the SDK's `AbortSignal.timeout()` throws on a delay that is not an integer";
// The Stainless clients (openai, @anthropic-ai/sdk) check a client's and a request's `timeout` with
// `validatePositiveInteger`, which throws on a fraction.
const STAINLESS = 'the SDK rejects a `timeout` that is not an integer';

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
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI();
const completion = await client.chat.completions.create({ model: 'gpt-5', messages }, { timeout: 1500.5 });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'OpenAI.chat.completions.create', key: 'timeout', value: '1500.5', effect: STAINLESS },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 107,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '1501' },
              output: `import OpenAI from 'openai';
const client = new OpenAI();
const completion = await client.chat.completions.create({ model: 'gpt-5', messages }, { timeout: 1501 });`,
            },
          ],
        },
      ],
      name: "OpenAI: a request's fractional timeout",
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: 2.5 });
const m = await client.messages.create({ max_tokens: 1, messages, model: 'm' });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'Anthropic.messages.create', key: 'timeout', value: '2.5', effect: STAINLESS },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '3' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: 3 });
const m = await client.messages.create({ max_tokens: 1, messages, model: 'm' });`,
            },
          ],
        },
      ],
      name: "Anthropic: the client's fractional timeout",
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const s = client.messages.stream({ max_tokens: 1, messages, model: 'm' }, { timeout: 1.5, signal });`,
      output: null,
      errors: [
        {
          messageId: 'fractionalTimeout',
          data: { name: 'Anthropic.messages.stream', key: 'timeout', value: '1.5', effect: STAINLESS },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '2' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const s = client.messages.stream({ max_tokens: 1, messages, model: 'm' }, { timeout: 2, signal });`,
            },
          ],
        },
      ],
      name: "Anthropic: a stream's fractional timeout, whatever the signal",
    },
  ],
});
