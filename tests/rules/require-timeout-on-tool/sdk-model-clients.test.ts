import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// The Anthropic and OpenAI clients (`new Anthropic()`, `new OpenAI()`): each request is bounded by the SDK's
// 10-minute default per attempt, retried twice on a timeout (`maxRetries`), so only `strict` reports it, with the
// worst case. `timeout` on the client or the request overrides it; `0` fires the timer at once and a negative or
// non-integer request timeout is rejected: the call fails at once. Cases from the SDKs' READMEs.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // A stream is bounded by a `signal` that fires, under strict too.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ max_tokens: 1024, messages, model }, { signal: AbortSignal.timeout(60_000) });`,
      options: [{ strict: true }],
    },
    // \`stream\` that is not a readable literal: judged as a plain request, which \`timeout\` bounds.
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI();
const r = await client.chat.completions.create({ model, messages, stream: wantStream }, { timeout: 60_000 });`,
      options: [{ strict: true }],
    },
    // The default deadline bounds the request (reported only under strict).
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.messages.create({
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
  model: 'claude-sonnet-4-5',
});`,
    `import OpenAI from 'openai';
const client = new OpenAI();
const response = await client.responses.create({ model: 'gpt-5', input: 'Say this is a test' });`,
    // An explicit bound, on the client or the request: valid under strict too.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: 20 * 1000, maxRetries: 0 });
await client.messages.create({ max_tokens: 1024, messages, model: 'claude-sonnet-4-5' });`,
      options: [{ strict: true }],
    },
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI();
await client.chat.completions.create({ model: 'gpt-5', messages }, { timeout: 5 * 1000 });
await client.responses.create({ model: 'gpt-5', input }, { signal: AbortSignal.timeout(60_000) });`,
      options: [{ strict: true }],
    },
    // Look-alikes: a client of the project's own module, a client received as a parameter (untyped: unknown).
    {
      code: `import { Anthropic } from './anthropic';
const client = new Anthropic();
await client.messages.create({ max_tokens: 1024, messages, model }, { timeout: 0 });`,
      options: [{ strict: true }],
    },
    {
      code: `export async function ask(client, messages) {
  return client.chat.completions.create({ model: 'gpt-5', messages });
}`,
      options: [{ strict: true }],
    },
  ],
  invalid: [
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ max_tokens: 1024, messages, model });`,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'streamHeadersOnly',
          data: { name: 'Anthropic.messages.stream', what: "the SDK's default timeout (10 min)" },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 77,
        },
      ],
      name: 'strict: a stream relies on the default, which covers only the response headers',
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: 60_000 });
const stream = client.messages.stream({ max_tokens: 1024, messages, model });`,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'streamHeadersOnly',
          data: { name: 'Anthropic.messages.stream', what: '`timeout`' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 77,
        },
      ],
      name: "strict: the client's timeout bounds only a stream's response headers",
    },
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI();
const stream = await client.chat.completions.create({ model, messages, stream: true }, { timeout: 60_000 });`,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'streamHeadersOnly',
          data: { name: 'OpenAI.chat.completions.create', what: '`timeout`' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 108,
        },
      ],
      name: 'strict: `create` with a literal `stream: true` is a stream, which `timeout` does not bound',
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.messages.create(
  { max_tokens: 1024, messages: [{ role: 'user', content: 'Hello, Claude' }], model: 'claude-sonnet-4-5' },
  { timeout: 0 },
);`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '0',
            name: 'Anthropic.messages.create',
            effect: "the SDK's timer fires at once, or the SDK rejects the value",
          },
          line: 3,
          column: 23,
          endLine: 6,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.messages.create(
  { max_tokens: 1024, messages: [{ role: 'user', content: 'Hello, Claude' }], model: 'claude-sonnet-4-5' },
  { timeout: 30_000 },
);`,
            },
          ],
        },
      ],
      name: "Anthropic: a request's `timeout: 0` fires the SDK's timer at once",
    },
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: Infinity, maxRetries: 0 });
const stream = client.messages.stream({ max_tokens: 1024, messages, model: 'claude-sonnet-4-5' });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: 'Infinity',
            name: 'Anthropic.messages.stream',
            effect: "the SDK's timer fires at once, or the SDK rejects the value",
          },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Anthropic } from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: 30_000, maxRetries: 0 });
const stream = client.messages.stream({ max_tokens: 1024, messages, model: 'claude-sonnet-4-5' });`,
            },
          ],
        },
      ],
      name: "Anthropic: the client's `timeout: Infinity` (a 1 ms timer), reported at each request",
    },
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI();
const completion = await client.chat.completions.create({ model: 'gpt-5', messages }, { timeout: -1 });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '-1',
            name: 'OpenAI.chat.completions.create',
            effect: "the SDK's timer fires at once, or the SDK rejects the value",
          },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import OpenAI from 'openai';
const client = new OpenAI();
const completion = await client.chat.completions.create({ model: 'gpt-5', messages }, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'OpenAI: a negative timeout is rejected',
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
const message = await anthropic.messages.create({
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hello, Claude' }],
  model: 'claude-sonnet-4-5',
});`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: {
            name: 'Anthropic.messages.create',
            duration: '10 min per attempt (30 min in all with 2 retries)',
            remedy: 'pass `timeout` or `signal`',
          },
          line: 3,
          column: 23,
          endLine: 7,
          endColumn: 3,
        },
      ],
      name: 'strict: the default deadline, with its two retries',
    },
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI({ maxRetries: 5 });
const response = await client.responses.create({ model: 'gpt-5', input: 'Say this is a test' });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: {
            name: 'OpenAI.responses.create',
            duration: '10 min per attempt (60 min in all with 5 retries)',
            remedy: 'pass `timeout` or `signal`',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 96,
        },
      ],
      name: "strict: the client's maxRetries counts",
    },
    {
      code: `import { OpenAI } from 'openai';
const client = new OpenAI({ maxRetries: 5 });
const response = await client.responses.create({ model: 'gpt-5', input }, { maxRetries: 0 });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'OpenAI.responses.create', duration: '10 min', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 93,
        },
      ],
      name: "strict: the request's maxRetries overrides the client's; 0 leaves one attempt",
    },
    {
      code: `import OpenAI from 'openai';
const client = new OpenAI({ maxRetries: config.retries });
const response = await client.responses.create({ model: 'gpt-5', input });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: {
            name: 'OpenAI.responses.create',
            duration: '10 min per attempt (times `maxRetries` + 1 in all)',
            remedy: 'pass `timeout` or `signal`',
          },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 74,
        },
      ],
      name: 'strict: a retry count the rule cannot read',
    },
  ],
});
