import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// OpenAI Agents JS (`@openai/agents`, `@openai/agents-core`): `run(agent, input, { signal })` and `Runner#run` are
// bounded only by a signal (no default deadline; `maxTurns` counts turns, not time); a tool's
// `execute(args, context, details)` gets `details.signal`, which the tool's `timeoutMs` aborts, and must pass it on.
// Cases from openai.github.io/openai-agents-js.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    `import { Agent, run } from '@openai/agents';
const agent = new Agent({ name: 'Assistant', instructions: 'You are a helpful assistant' });
const result = await run(agent, 'Write a haiku.', { signal: AbortSignal.timeout(120_000) });`,
    // A signal from the caller bounds the run (option signalFromCaller, 'bounded' by default).
    `import { run } from '@openai/agents';
export async function answer(question: string, signal: AbortSignal) {
  return run(agent, question, { signal });
}`,
    // The tool passes details.signal on; a tool without the details parameter has nothing to pass.
    `import { tool } from '@openai/agents';
const fetchPage = tool({
  name: 'fetch_page',
  parameters,
  timeoutMs: 5000,
  async execute({ url }, context, details) {
    return (await fetch(url, { signal: details?.signal })).text();
  },
});`,
    `import { tool } from '@openai/agents';
const add = tool({ name: 'add', parameters, execute: async ({ a, b }) => a + b });`,
    // A look-alike: the project's own run.
    `import { run } from './runner';
await run(agent, 'Hello');`,
  ],
  invalid: [
    {
      code: `import { Agent, run } from '@openai/agents';
const agent = new Agent({ name: 'Assistant', instructions: 'You are a helpful assistant' });
const result = await run(agent, 'Write a haiku about recursion in programming.');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: '@openai/agents.run', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import { Agent, run } from '@openai/agents';
const agent = new Agent({ name: 'Assistant', instructions: 'You are a helpful assistant' });
const result = await run(agent, 'Write a haiku about recursion in programming.', { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'run(agent, input): the quickstart without a signal',
    },
    {
      code: `import { run } from '@openai/agents';
const result = await run(agent, input, { maxTurns: 5, stream: true });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: '@openai/agents.run', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import { run } from '@openai/agents';
const result = await run(agent, input, { maxTurns: 5, stream: true, signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'run with options but no signal',
    },
    {
      code: `import { run } from '@openai/agents-core';
const result = await run(agent, input, { signal: new AbortController().signal });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'signal',
            value: 'new AbortController().signal',
            name: '@openai/agents-core.run',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'AbortSignal.timeout(30_000)' },
              output: `import { run } from '@openai/agents-core';
const result = await run(agent, input, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'run with a signal that never fires',
    },
    {
      code: `import { Runner } from '@openai/agents';
const runner = new Runner({ model: 'gpt-5' });
const result = await runner.run(agent, 'Hello');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'Runner.run', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import { Runner } from '@openai/agents';
const runner = new Runner({ model: 'gpt-5' });
const result = await runner.run(agent, 'Hello', { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'a Runner instance',
    },
    {
      code: `import { tool } from '@openai/agents';
import { z } from 'zod';
const fetchPage = tool({
  name: 'fetch_page',
  description: 'Fetch a web page',
  parameters: z.object({ url: z.string() }),
  timeoutMs: 5000,
  async execute({ url }, context, details) {
    const response = await fetch(url);
    return response.text();
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'fetch', signal: 'details?.signal', pass: 'signal: details?.signal' },
          line: 9,
          column: 28,
          endLine: 9,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: details?.signal' },
              output: `import { tool } from '@openai/agents';
import { z } from 'zod';
const fetchPage = tool({
  name: 'fetch_page',
  description: 'Fetch a web page',
  parameters: z.object({ url: z.string() }),
  timeoutMs: 5000,
  async execute({ url }, context, details) {
    const response = await fetch(url, { signal: details?.signal });
    return response.text();
  },
});`,
            },
          ],
        },
      ],
      name: "a tool's execute drops details.signal, though its timeoutMs aborts it",
    },
    {
      code: `import { tool } from '@openai/agents';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);
export const tests = tool({
  name: 'run_tests',
  parameters,
  execute: async (input, _context, { signal }) => run('npm', ['test'], { timeout: 600_000 }),
});`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.execFile', signal: 'signal', pass: 'signal' },
          line: 8,
          column: 51,
          endLine: 8,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal' },
              output: `import { tool } from '@openai/agents';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);
export const tests = tool({
  name: 'run_tests',
  parameters,
  execute: async (input, _context, { signal }) => run('npm', ['test'], { timeout: 600_000, signal }),
});`,
            },
          ],
        },
      ],
      name: 'details destructured; the run inside is bounded but does not get the signal',
    },
  ],
});
