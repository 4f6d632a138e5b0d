import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// LangChain.js tools (`tool(func, fields)` from `@langchain/core/tools`): `invoke`, `stream` and `batch` take a
// config with `timeout` (ms; LangChain throws on one that is not positive) or `signal`. The tool runs the caller's own
// function, whose runs are judged where they are, so a missing bound is reported under `strict` only. The function
// gets the config as its 2nd parameter and must pass `config.signal` on. Cases from the LangChain.js docs.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // Without strict, a tool run without a config is left alone: the tool may never block.
    `import { tool } from '@langchain/core/tools';
const multiply = tool(({ a, b }) => a * b, { name: 'multiply', schema });
await multiply.invoke({ a: 2, b: 3 });`,
    // Bounded by the config, under strict too.
    {
      code: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }) => lookup(query), { name: 'search', schema });
await search.invoke({ query: 'x' }, { timeout: 10_000 });
await search.batch([{ query: 'a' }], { signal: AbortSignal.timeout(10_000) });`,
      options: [{ strict: true }],
    },
    // The tool function passes its config's signal on.
    `import { tool } from '@langchain/core/tools';
const getPage = tool(
  async ({ url }, config) => (await fetch(url, { signal: config.signal })).text(),
  { name: 'get_page', schema },
);`,
    // A look-alike: a tool helper of the project's own.
    {
      code: `import { tool } from './tools';
import { execa } from 'execa';
const listing = tool(async ({ dir }, config) => (await execa('ls', [dir], { timeout: 5000 })).stdout);
await listing.invoke({ dir });`,
      options: [{ strict: true, signalParameters: ['cancel'] }],
    },
  ],
  invalid: [
    {
      code: `import { tool } from '@langchain/core/tools';
import { z } from 'zod';
const multiply = tool(({ a, b }) => a * b, {
  name: 'multiply',
  description: 'Multiply two numbers',
  schema: z.object({ a: z.number(), b: z.number() }),
});
await multiply.invoke({ a: 2, b: 3 });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'toolRunUnbounded',
          data: { name: 'tool.invoke', remedy: 'pass `timeout` or `signal` in its config' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { tool } from '@langchain/core/tools';
import { z } from 'zod';
const multiply = tool(({ a, b }) => a * b, {
  name: 'multiply',
  description: 'Multiply two numbers',
  schema: z.object({ a: z.number(), b: z.number() }),
});
await multiply.invoke({ a: 2, b: 3 }, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'strict: tool().invoke without a config',
    },
    {
      code: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }) => lookup(query), { name: 'search', schema });
for await (const chunk of await search.stream({ query: 'x' }, { tags: ['web'] })) console.log(chunk);
await search.batch([{ query: 'a' }, { query: 'b' }], { timeout: 0 });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'toolRunUnbounded',
          data: { name: 'tool.stream', remedy: 'pass `timeout` or `signal` in its config' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }) => lookup(query), { name: 'search', schema });
for await (const chunk of await search.stream({ query: 'x' }, { tags: ['web'], timeout: 30_000 })) console.log(chunk);
await search.batch([{ query: 'a' }, { query: 'b' }], { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'failsAtOnce',
          data: { key: 'timeout', value: '0', name: 'tool.batch', effect: 'LangChain throws on it' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }) => lookup(query), { name: 'search', schema });
for await (const chunk of await search.stream({ query: 'x' }, { tags: ['web'] })) console.log(chunk);
await search.batch([{ query: 'a' }, { query: 'b' }], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'strict: stream with a config that sets no bound; batch with a timeout LangChain throws on',
    },
    {
      code: `import { tool } from '@langchain/core/tools';
const getPage = tool(
  async ({ url }, config) => {
    const response = await fetch(url);
    return response.text();
  },
  { name: 'get_page', description: 'Fetch a page', schema },
);`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'fetch', signal: 'config.signal', pass: 'signal: config.signal' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: config.signal' },
              output: `import { tool } from '@langchain/core/tools';
const getPage = tool(
  async ({ url }, config) => {
    const response = await fetch(url, { signal: config.signal });
    return response.text();
  },
  { name: 'get_page', description: 'Fetch a page', schema },
);`,
            },
          ],
        },
      ],
      name: "the tool function's config.signal is dropped",
    },
    {
      code: `import { tool } from '@langchain/core/tools';
import { execa } from 'execa';
async function runScript({ path }: { path: string }, { signal }: { signal?: AbortSignal }) {
  return (await execa('node', [path], { timeout: 60_000 })).stdout;
}
export const script = tool(runScript, { name: 'run_script', schema });`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'execa', signal: 'signal', pass: 'cancelSignal: signal' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'cancelSignal: signal' },
              output: `import { tool } from '@langchain/core/tools';
import { execa } from 'execa';
async function runScript({ path }: { path: string }, { signal }: { signal?: AbortSignal }) {
  return (await execa('node', [path], { timeout: 60_000, cancelSignal: signal })).stdout;
}
export const script = tool(runScript, { name: 'run_script', schema });`,
            },
          ],
        },
      ],
      name: 'a named function, with the signal destructured from its config',
    },
    {
      code: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }) => lookup(query), { name: 'search', schema });
for await (const chunk of await search.stream({ query: 'x' }, { tags: ['web'] })) console.log(chunk);
await search.batch([{ query: 'a' }, { query: 'b' }], { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: { key: 'timeout', value: '0', name: 'tool.batch', effect: 'LangChain throws on it' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }) => lookup(query), { name: 'search', schema });
for await (const chunk of await search.stream({ query: 'x' }, { tags: ['web'] })) console.log(chunk);
await search.batch([{ query: 'a' }, { query: 'b' }], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'without strict, only the timeout LangChain throws on',
    },
    {
      code: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }, config) => lookup(query, config), { name: 'search', schema });
export async function answer(query: string, signal: AbortSignal) {
  return search.invoke({ query });
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'tool.invoke', signal: 'signal', pass: 'signal' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { tool } from '@langchain/core/tools';
const search = tool(async ({ query }, config) => lookup(query, config), { name: 'search', schema });
export async function answer(query: string, signal: AbortSignal) {
  return search.invoke({ query }, { signal });
}`,
            },
          ],
        },
      ],
      name: 'a function that receives a signal runs a tool without it (also without strict)',
    },
  ],
});
