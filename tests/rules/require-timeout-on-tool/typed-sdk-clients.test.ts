import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData, typedRuleTester } from '../../rule-tester';

// With type information, SDK clients received as parameters: the model clients' nested resources
// (`openai.chat.completions.create`, `client.messages.create`) and undici's dispatchers, recognised by the class the
// checker resolves the method to in the package's own file, and judged as the catalog's rows for a constructed client.
// The packages are declaration stubs in the published packages' layout, under
// tests/fixtures/require-timeout-on-tool/typed/node_modules (openai, @anthropic-ai/sdk, undici).

const TEN_MINUTES = '10 min per attempt (30 min in all with 2 retries)';

const OPENAI = `import type { OpenAI } from 'openai';
export async function ask(openai: OpenAI) {
  await openai.chat.completions.create({ model: 'm', messages: [] });
  await openai.responses.create({ model: 'm', input: 'hi' }, { timeout: 0 });
  await openai.completions.create({ model: 'm', prompt: 'hi' });
}`;
const ANTHROPIC = `import type { Anthropic } from '@anthropic-ai/sdk';
export async function ask(client: Anthropic) {
  await client.messages.create({ model: 'm', max_tokens: 1, messages: [] });
  client.messages.stream({ model: 'm', max_tokens: 1, messages: [] });
}`;
const UNDICI = `import type { Dispatcher, Pool } from 'undici';
export async function get(dispatcher: Dispatcher, pool: Pool) {
  await dispatcher.request({ path: '/', method: 'GET' });
  await pool.request({ path: '/', method: 'GET', headersTimeout: 0 });
}`;
const BOUNDED = `import type { OpenAI } from 'openai';
import type { Anthropic } from '@anthropic-ai/sdk';
import type { Client } from 'undici';
export async function ask(openai: OpenAI, anthropic: Anthropic, client: Client) {
  await openai.chat.completions.create({ model: 'm', messages: [] }, { timeout: 20_000 });
  await anthropic.messages.create({ model: 'm', max_tokens: 1, messages: [] }, { signal: AbortSignal.timeout(20_000) });
  await client.request({ path: '/', method: 'GET', signal: AbortSignal.timeout(20_000) });
}`;

const NO_HEADERS_TIMEOUT = {
  messageId: 'noBoundValue',
  data: {
    key: 'headersTimeout',
    value: '0',
    name: 'Dispatcher.request',
    remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
  },
  line: 4,
  column: 9,
  endLine: 4,
  endColumn: 70,
  suggestions: [
    {
      messageId: 'replaceBound',
      data: { text: '30_000' },
      output: UNDICI.replace('headersTimeout: 0', 'headersTimeout: 30_000'),
    },
  ],
} as const;

runWithData(typedRuleTester('require-timeout-on-tool/typed'), 'require-timeout-on-tool: typed SDK clients', rule, {
  valid: [
    { code: BOUNDED, options: [{ strict: true }], name: 'strict: bounded requests of typed clients' },
    { code: ANTHROPIC, name: "a typed model client's default deadline is reported only in strict" },
  ],
  invalid: [
    {
      code: OPENAI,
      output: null,
      options: [{ strict: true }],
      name: 'strict: an OpenAI client parameter; the legacy completions class is not a row',
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'OpenAI.chat.completions.create', duration: TEN_MINUTES, remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 69,
        },
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '0',
            name: 'OpenAI.responses.create',
            effect: "the SDK's timer fires at once, or the SDK rejects the value",
          },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: OPENAI.replace('timeout: 0', 'timeout: 30_000'),
            },
          ],
        },
      ],
    },
    {
      code: ANTHROPIC,
      output: null,
      options: [{ strict: true }],
      name: 'strict: an Anthropic client parameter, a request and a stream',
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'Anthropic.messages.create', duration: TEN_MINUTES, remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 76,
        },
        {
          messageId: 'streamHeadersOnly',
          data: { name: 'Anthropic.messages.stream', what: "the SDK's default timeout (10 min)" },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 70,
        },
      ],
    },
    {
      code: UNDICI,
      output: null,
      name: 'an undici pool parameter whose request turns its headers timer off',
      errors: [NO_HEADERS_TIMEOUT],
    },
    {
      code: UNDICI,
      output: null,
      options: [{ strict: true }],
      name: "strict: a dispatcher parameter relying on undici's idle timers",
      errors: [
        {
          messageId: 'implicitDefault',
          data: {
            name: 'Dispatcher.request',
            duration: '300 s',
            remedy: 'pass `signal`, or `headersTimeout` and `bodyTimeout`',
          },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 57,
        },
        NO_HEADERS_TIMEOUT,
      ],
    },
  ],
});

// The same code without type information: the tracker sees no client constructed in these files.
runWithData(new RuleTester(), 'require-timeout-on-tool: the same SDK clients untyped', rule, {
  valid: [OPENAI, ANTHROPIC, UNDICI].map((code) => ({
    code,
    options: [{ strict: true }],
    name: 'untyped, strict: a client received as a parameter is not seen',
  })),
  invalid: [],
});
