import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

const REMEDY = 'set `totalMs` to a positive number of milliseconds';
const EFFECT_TOTAL = "the SDK's `AbortSignal.timeout()` fires at once or throws";

// Vercel AI SDK (`ai`): generateText, streamText, generateObject, streamObject and the agent class take `abortSignal`
// or `timeout` (a number or `{ totalMs, stepMs, chunkMs }`); a tool's `execute(input, { abortSignal })` gets the
// signal the SDK aborts, found by the import of `tool`, not by the parameter's name. Cases from ai-sdk.dev's examples.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // Bounded: a timeout, an abort signal that fires, the object form, on the agent.
    `import { generateText } from 'ai';
const result = await generateText({
  model,
  prompt: 'Invent a new holiday and describe its traditions.',
  abortSignal: AbortSignal.timeout(5000),
});`,
    `import { generateText } from 'ai';
const result = await generateText({ model, prompt: 'Invent a new holiday.', timeout: 5000 });`,
    `import { streamText } from 'ai';
const result = streamText({ model, prompt, timeout: { totalMs: 60_000, stepMs: 10_000 } });`,
    `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, tools: { weather }, timeout: 120_000 });
const result = await agent.generate({ prompt: 'What is the weather in NYC?' });`,
    `import { generateObject } from 'ai';
await generateObject({ model, schema, prompt, timeout: 5000, abortSignal: AbortSignal.timeout(5000) });`,
    // Under strict too: nothing here relies on a library default.
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: 5000 });`,
      options: [{ strict: true }],
    },
    // A tool that passes the signal on, destructured or read from the options.
    `import { tool } from 'ai';
export const weather = tool({
  inputSchema,
  execute: async ({ location }, { abortSignal }) =>
    fetch(\`https://api.weatherapi.com/v1/current.json?q=\${location}\`, { signal: abortSignal }),
});`,
    `import { tool } from 'ai';
import { execa } from 'execa';
export const grep = tool({
  inputSchema,
  async execute({ pattern }, options) {
    return execa('rg', [pattern], { timeout: 10_000, cancelSignal: options.abortSignal });
  },
});`,
    // Look-alikes: a generateText and a tool of the project's own modules.
    `import { generateText } from './llm';
await generateText({ model, prompt });`,
    {
      code: `import { tool } from './tools';
import { execa } from 'execa';
export const grep = tool({
  async execute({ pattern }, options) {
    return execa('rg', [pattern], { timeout: 10_000 });
  },
});`,
      options: [{ signalParameters: ['cancel'] }],
    },
    // A tool that does not take the options parameter has no signal to pass on; a signal of an outer function is
    // not the tool's.
    `import { tool } from 'ai';
import { execa } from 'execa';
export function commandTool(signal: AbortSignal) {
  return tool({ inputSchema, execute: async ({ command }) => execa(command, { timeout: 5000 }) });
}`,
    // The timeout object: `totalMs` bounds every run (also where the syntax does not fix it), `chunkMs` a stream's
    // stalls; `stepMs` alone bounds the run where the step count is fixed (steps.test.ts); a spread it cannot read
    // is unknown; a signal that fires bounds the call.
    `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 30_000 } });
await generateText({ model, prompt, timeout: { totalMs: ms } });
await generateText({ model, prompt, timeout: { stepMs: 10_000 } });
await generateText({ model, prompt, timeout: { ...limits } });
await generateText({ model, prompt, timeout: {}, abortSignal: AbortSignal.timeout(5000) });`,
    `import { streamText } from 'ai';
const result = streamText({ model, prompt, timeout: { chunkMs: 5000 } });`,
    `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, timeout: { chunkMs: 5000 } });
const stream = await agent.stream({ prompt });`,
  ],
  invalid: [
    {
      code: `import { generateText } from 'ai';
const { text } = await generateText({
  model: 'anthropic/claude-sonnet-4.5',
  prompt: 'Write a vegetarian lasagna recipe for 4 people.',
});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'ai.generateText', remedy: 'pass `timeout` or `abortSignal`' },
          line: 2,
          column: 24,
          endLine: 5,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { generateText } from 'ai';
const { text } = await generateText({
  model: 'anthropic/claude-sonnet-4.5',
  prompt: 'Write a vegetarian lasagna recipe for 4 people.',
  timeout: 30_000,
});`,
            },
          ],
        },
      ],
      name: 'generateText, the getting-started example: no bound',
    },
    {
      code: `import { streamText } from 'ai';
const result = streamText({ model, prompt: 'Invent a new holiday and describe its traditions.' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'ai.streamText', remedy: 'pass `timeout` or `abortSignal`' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { streamText } from 'ai';
const result = streamText({ model, prompt: 'Invent a new holiday and describe its traditions.', timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'streamText without a bound',
    },
    {
      code: `import { generateObject } from 'ai';
const { object } = await generateObject({ model, schema, prompt: 'Generate a lasagna recipe.' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'ai.generateObject', remedy: 'pass `abortSignal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'abortSignal: AbortSignal.timeout(30_000)' },
              output: `import { generateObject } from 'ai';
const { object } = await generateObject({ model, schema, prompt: 'Generate a lasagna recipe.', abortSignal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'generateObject without a bound',
    },
    {
      code: `import { streamObject } from 'ai';
const settings = { model, schema, prompt: 'Generate a lasagna recipe.' };
const { partialObjectStream } = streamObject(settings);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'ai.streamObject', remedy: 'pass `abortSignal: AbortSignal.timeout(ms)`' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'abortSignal: AbortSignal.timeout(30_000)' },
              output: `import { streamObject } from 'ai';
const settings = { model, schema, prompt: 'Generate a lasagna recipe.' };
const { partialObjectStream } = streamObject({ ...settings, abortSignal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'streamObject: options from an unchanged const literal',
    },
    {
      code: `import { generateObject } from 'ai';
await generateObject({ model, schema, prompt, timeout: 5000 });`,
      output: null,
      errors: [
        {
          messageId: 'aiObjectIgnoresTimeout',
          data: { name: 'ai.generateObject', remedy: 'pass `abortSignal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'abortSignal: AbortSignal.timeout(5000)' },
              output: `import { generateObject } from 'ai';
await generateObject({ model, schema, prompt, abortSignal: AbortSignal.timeout(5000) });`,
            },
          ],
        },
      ],
      name: 'generateObject ignores timeout (ai 6 reads only abortSignal)',
    },
    {
      code: `import { streamObject } from 'ai';
streamObject({ model, schema, prompt, timeout: { totalMs: 5000 } });`,
      output: null,
      errors: [
        {
          messageId: 'aiObjectIgnoresTimeout',
          data: { name: 'ai.streamObject', remedy: 'pass `abortSignal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'abortSignal: AbortSignal.timeout(30_000)' },
              output: `import { streamObject } from 'ai';
streamObject({ model, schema, prompt, abortSignal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'streamObject ignores timeout in object form',
    },
    {
      code: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, abortSignal: AbortSignal.timeout(5000) });
await agent.generate({ prompt });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'ToolLoopAgent.generate', remedy: 'pass `timeout` or `abortSignal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, abortSignal: AbortSignal.timeout(5000) });
await agent.generate({ prompt, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: "ToolLoopAgent: the constructor's abortSignal is dropped at run time",
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '0',
            name: 'ai.generateText',
            effect: "the SDK's `AbortSignal.timeout()` fires at once or throws",
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'timeout: 0 aborts at once',
    },
    {
      code: `import * as ai from 'ai';
await ai.generateText({ model, prompt, timeout: Infinity });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: 'Infinity',
            name: 'ai.generateText',
            effect: "the SDK's `AbortSignal.timeout()` fires at once or throws",
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import * as ai from 'ai';
await ai.generateText({ model, prompt, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'timeout: Infinity throws in AbortSignal.timeout',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, abortSignal: undefined });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'abortSignal',
            value: 'undefined',
            name: 'ai.generateText',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'AbortSignal.timeout(30_000)' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, abortSignal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'abortSignal: undefined is no bound',
    },
    {
      code: `import { generateText, tool } from 'ai';
import { z } from 'zod';
const result = await generateText({
  model,
  timeout: 60_000,
  tools: {
    weather: tool({
      description: 'Get the weather in a location',
      inputSchema: z.object({ location: z.string() }),
      execute: async ({ location }, { abortSignal }) => {
        const response = await fetch(\`https://api.weatherapi.com/v1/current.json?q=\${location}\`);
        return response.json();
      },
    }),
  },
  prompt: 'What is the weather in San Francisco?',
});`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'fetch', signal: 'abortSignal', pass: 'signal: abortSignal' },
          line: 11,
          column: 32,
          endLine: 11,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: abortSignal' },
              output: `import { generateText, tool } from 'ai';
import { z } from 'zod';
const result = await generateText({
  model,
  timeout: 60_000,
  tools: {
    weather: tool({
      description: 'Get the weather in a location',
      inputSchema: z.object({ location: z.string() }),
      execute: async ({ location }, { abortSignal }) => {
        const response = await fetch(\`https://api.weatherapi.com/v1/current.json?q=\${location}\`, { signal: abortSignal });
        return response.json();
      },
    }),
  },
  prompt: 'What is the weather in San Francisco?',
});`,
            },
          ],
        },
      ],
      name: "a tool's execute drops the abortSignal it destructures",
    },
    {
      code: `import { tool } from 'ai';
import { execa } from 'execa';
export const grep = tool({
  description: 'Search the repository',
  inputSchema,
  async execute({ pattern }, options) {
    const { stdout } = await execa('rg', [pattern], { timeout: 10_000 });
    return stdout;
  },
});`,
      output: null,
      options: [{ signalParameters: ['cancel'] }],
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'execa', signal: 'options.abortSignal', pass: 'cancelSignal: options.abortSignal' },
          line: 7,
          column: 30,
          endLine: 7,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'cancelSignal: options.abortSignal' },
              output: `import { tool } from 'ai';
import { execa } from 'execa';
export const grep = tool({
  description: 'Search the repository',
  inputSchema,
  async execute({ pattern }, options) {
    const { stdout } = await execa('rg', [pattern], { timeout: 10_000, cancelSignal: options.abortSignal });
    return stdout;
  },
});`,
            },
          ],
        },
      ],
      name: "by import, not by name: execute's options parameter holds the signal, whatever signalParameters says",
    },
    {
      code: `import { dynamicTool } from 'ai';
import { spawn } from 'node:child_process';
async function runTests(input: unknown, { abortSignal: stop }: { abortSignal?: AbortSignal }) {
  spawn('npm', ['test'], { timeout: 600_000 });
}
export const tests = dynamicTool({ description: 'Run the tests', inputSchema, execute: runTests });`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: 'stop', pass: 'signal: stop' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: stop' },
              output: `import { dynamicTool } from 'ai';
import { spawn } from 'node:child_process';
async function runTests(input: unknown, { abortSignal: stop }: { abortSignal?: AbortSignal }) {
  spawn('npm', ['test'], { timeout: 600_000, signal: stop });
}
export const tests = dynamicTool({ description: 'Run the tests', inputSchema, execute: runTests });`,
            },
          ],
        },
      ],
      name: 'a renamed signal, in a local function passed as execute',
    },
    {
      code: `import { tool } from '@ai-sdk/provider-utils';
export const page = tool({
  inputSchema,
  execute: (input, options) => fetch(input.url),
});`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'fetch', signal: 'options.abortSignal', pass: 'signal: options.abortSignal' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: options.abortSignal' },
              output: `import { tool } from '@ai-sdk/provider-utils';
export const page = tool({
  inputSchema,
  execute: (input, options) => fetch(input.url, { signal: options.abortSignal }),
});`,
            },
          ],
        },
      ],
      name: 'tool from @ai-sdk/provider-utils',
    },
    {
      code: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, instructions: 'You are a helpful assistant.', tools: { weather } });
const result = await agent.generate({ prompt: 'What is the weather in NYC?' });
const stream = await agent.stream({ prompt: 'Tell me a story' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'ToolLoopAgent.generate', remedy: 'pass `timeout` or `abortSignal`' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, instructions: 'You are a helpful assistant.', tools: { weather } });
const result = await agent.generate({ prompt: 'What is the weather in NYC?', timeout: 30_000 });
const stream = await agent.stream({ prompt: 'Tell me a story' });`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'ToolLoopAgent.stream', remedy: 'pass `timeout` or `abortSignal`' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, instructions: 'You are a helpful assistant.', tools: { weather } });
const result = await agent.generate({ prompt: 'What is the weather in NYC?' });
const stream = await agent.stream({ prompt: 'Tell me a story', timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'ToolLoopAgent: generate and stream without a bound',
    },
    {
      code: `import { Experimental_Agent as Agent } from 'ai';
const agent = new Agent({ model, timeout: 0 });
await agent.generate({ prompt: 'Hello' });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '0',
            name: 'ToolLoopAgent.generate',
            effect: "the SDK's `AbortSignal.timeout()` fires at once or throws",
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Experimental_Agent as Agent } from 'ai';
const agent = new Agent({ model, timeout: 30_000 });
await agent.generate({ prompt: 'Hello' });`,
            },
          ],
        },
      ],
      name: "Experimental_Agent (the earlier name); the agent's `timeout: 0` is reported at its calls",
    },
    {
      code: `import { generateText } from 'ai';
const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000));
await Promise.race([generateText({ model, prompt, timeout: 0 }), timer]);
await Promise.race([generateText({ model, prompt }), timer]);`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: {
            key: 'timeout',
            value: '0',
            name: 'ai.generateText',
            effect: "the SDK's `AbortSignal.timeout()` fires at once or throws",
          },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { generateText } from 'ai';
const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000));
await Promise.race([generateText({ model, prompt, timeout: 30_000 }), timer]);
await Promise.race([generateText({ model, prompt }), timer]);`,
            },
          ],
        },
      ],
      name: 'a race bounds a call, but cannot save one that fails at once',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: {} });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { name: 'ai.generateText', key: 'timeout', value: '{}', remedy: REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'totalMs: 30_000' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'timeout: {} sets no timer',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: {
  chunkMs: 5000,
} });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { name: 'ai.generateText', key: 'timeout', value: '{ chunkMs: 5000, }', remedy: REMEDY },
          line: 2,
          column: 7,
          endLine: 4,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'totalMs: 30_000' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: {
  chunkMs: 5000,
  totalMs: 30_000,
} });`,
            },
          ],
        },
      ],
      name: 'generateText never reads chunkMs',
    },
    {
      code: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, timeout: { chunkMs: 5000 } });
await agent.generate({ prompt });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { name: 'ToolLoopAgent.generate', key: 'timeout', value: '{ chunkMs: 5000 }', remedy: REMEDY },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'totalMs: 30_000' },
              output: `import { ToolLoopAgent } from 'ai';
const agent = new ToolLoopAgent({ model, timeout: { chunkMs: 5000, totalMs: 30_000 } });
await agent.generate({ prompt });`,
            },
          ],
        },
      ],
      name: "the agent's generate never reads the chunkMs of its settings",
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: undefined } });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: { name: 'ai.generateText', key: 'timeout', value: '{ totalMs: undefined }', remedy: REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'totalMs: undefined sets no timer',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 0 } });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: { name: 'ai.generateText', key: 'totalMs', value: '0', effect: EFFECT_TOTAL },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'totalMs: 0 aborts at once',
    },
    {
      code: `import { streamText } from 'ai';
const result = streamText({ model, prompt, timeout: { totalMs: Infinity, chunkMs: 5000 } });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: { name: 'ai.streamText', key: 'totalMs', value: 'Infinity', effect: EFFECT_TOTAL },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { streamText } from 'ai';
const result = streamText({ model, prompt, timeout: { totalMs: 30_000, chunkMs: 5000 } });`,
            },
          ],
        },
      ],
      name: 'totalMs: Infinity throws, whatever chunkMs says',
    },
    {
      code: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: undefined, stepMs: -1 } });`,
      output: null,
      errors: [
        {
          messageId: 'failsAtOnce',
          data: { name: 'ai.generateText', key: 'stepMs', value: '-1', effect: "the SDK's step timer fires at once" },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { generateText } from 'ai';
await generateText({ model, prompt, timeout: { totalMs: undefined, stepMs: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'a negative stepMs fires the step timer at once',
    },
  ],
});
