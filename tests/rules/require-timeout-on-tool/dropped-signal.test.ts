import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// A function that receives an abort signal and runs a tool without it (signalDropped).
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // The tool passes on the abort signal it receives.
    `const tool = {
  async execute(input, { abortSignal }) {
    return fetch(input.url, { signal: abortSignal });
  },
};`,
    `async function run({ signal }) {
  await fetch(u, { signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) });
}`,
    `const tool = {
  async execute(input, { abortSignal }) {
    return fetch(input.url, { signal: AbortSignal.timeout(5000) });
  },
};`,
    `import { spawnSync } from 'node:child_process';
async function run({ signal }) {
  spawnSync('ls', [], { timeout: 5000 });
}`,
    `async function run({ signal }) {
  return fetch(new Request(url, { signal }));
}`,
    // A parameter named `signal` that is a POSIX signal, not an abort signal.
    `import { spawn } from 'node:child_process';
function killWith({ pid, signal = 'SIGTERM' }) {
  spawn('pkill', ['-P', String(pid)], { timeout: 5000 });
}`,
    `import { spawn } from 'node:child_process';
function killWith(pid: number, signal: NodeJS.Signals) {
  spawn('pkill', ['-P', String(pid)], { timeout: 5000 });
}`,
  ],
  invalid: [
    {
      code: `import { execFile } from 'node:child_process';
const tool = {
  async execute(input, { abortSignal }) {
    execFile('rg', [input.pattern], { timeout: 5000 }, done);
  },
};`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.execFile', signal: 'abortSignal', key: 'signal', pass: 'signal: abortSignal' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: abortSignal' },
              output: `import { execFile } from 'node:child_process';
const tool = {
  async execute(input, { abortSignal }) {
    execFile('rg', [input.pattern], { timeout: 5000, signal: abortSignal }, done);
  },
};`,
            },
          ],
        },
      ],
      name: 'AI SDK tool: bounded, but the signal is dropped',
    },
    {
      code: `import { execa } from 'execa';
async function run(command: string, signal: AbortSignal) {
  return execa(command, { timeout: 5000 });
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'execa', signal: 'signal', key: 'cancelSignal', pass: 'cancelSignal: signal' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'cancelSignal: signal' },
              output: `import { execa } from 'execa';
async function run(command: string, signal: AbortSignal) {
  return execa(command, { timeout: 5000, cancelSignal: signal });
}`,
            },
          ],
        },
      ],
      name: 'execa takes the signal as cancelSignal',
    },
    {
      code: `import { spawn } from 'node:child_process';
async function run({ abortSignal }) {
  spawn('ls', [], {});
}`,
      output: null,
      options: [{ signalParameters: ['cancel'] }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
async function run({ abortSignal }) {
  spawn('ls', [], { timeout: 30_000 });
}`,
            },
          ],
        },
      ],
      name: 'signalParameters replaces the default names',
    },
    {
      code: `import { spawn } from 'node:child_process';
async function run({ cancel }) {
  spawn('ls', [], {});
}`,
      output: null,
      options: [{ signalParameters: ['cancel'] }],
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: 'cancel', key: 'signal', pass: 'signal: cancel' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: cancel' },
              output: `import { spawn } from 'node:child_process';
async function run({ cancel }) {
  spawn('ls', [], { signal: cancel });
}`,
            },
          ],
        },
      ],
      name: 'signalParameters names the parameter',
    },
    {
      code: `const tool = {
  async execute(input, { abortSignal }) {
    await registry.executeTool('shell', input, { timeoutMs: 5000 });
    await registry.executeTool('shell', input, { signal: abortSignal });
    await registry.executeTool('shell', input, { context });
  },
};`,
      output: null,
      options: [{ tools: [{ callee: '*.executeTool', argument: 2, keys: ['timeoutMs', 'signal'] }] }],
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'registry.executeTool', signal: 'abortSignal', key: 'signal', pass: 'signal: abortSignal' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: abortSignal' },
              output: `const tool = {
  async execute(input, { abortSignal }) {
    await registry.executeTool('shell', input, { timeoutMs: 5000, signal: abortSignal });
    await registry.executeTool('shell', input, { signal: abortSignal });
    await registry.executeTool('shell', input, { context });
  },
};`,
            },
          ],
        },
      ],
      name: 'tools: a signal key makes signalDropped apply to the project tool',
    },
  ],
});
