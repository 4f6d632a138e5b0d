import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { js2020, lintWithOptions, runWithData } from '../../rule-tester';

// The rule options: strict, signalFromCaller, wrappers, tools, defaultTimeoutMs, autofix.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // Option `tools`.
    {
      code: `api.executeTool('shell', args, { timeoutMs: 5000 });
api.executeTool('shell', args, { signal });
api.executeTool('shell', args, { context });
api.executeTool('shell', args, opts);
api.otherMethod('shell', args);
executeTool('shell', args);`,
      options: [{ tools: [{ callee: '*.executeTool', argument: 2, keys: ['timeoutMs', 'signal'] }] }],
      name: 'tools: bounded, carried in another field, opaque, or another callee',
    },
  ],
  invalid: [
    {
      code: `import { exec } from 'node:child_process';
exec(cmd, (error) => {});`,
      output: null,
      options: [{ defaultTimeoutMs: 5000 }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 5000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, { timeout: 5000 }, (error) => {});`,
            },
          ],
        },
      ],
      name: 'defaultTimeoutMs below 10 000 has no separator',
    },
    {
      code: `import { exec } from 'node:child_process';
exec(cmd);`,
      output: null,
      options: [{ defaultTimeoutMs: 120000 }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 120_000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, { timeout: 120_000 });`,
            },
          ],
        },
      ],
      name: 'defaultTimeoutMs 120 000',
    },
    {
      code: `import { exec } from 'node:child_process';
exec(cmd);`,
      output: null,
      languageOptions: js2020,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, { timeout: 30000 });`,
            },
          ],
        },
      ],
      name: 'no numeric separators before ES2021',
    },
    {
      code: `import { spawn } from 'node:child_process';
spawn('ls', ['-la'], { cwd });`,
      output: `import { spawn } from 'node:child_process';
spawn('ls', ['-la'], { cwd, timeout: 30_000 });`,
      options: [{ autofix: true }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 30,
          suggestions: [],
        },
      ],
      name: 'autofix makes the suggestion a fix',
    },
    {
      code: `import { spawn } from 'node:child_process';
spawn(cmd, args, options);`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'unknownBound',
          data: { name: 'child_process.spawn' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [],
        },
      ],
      name: 'strict: options from a variable',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.callTool({ name: 'x', arguments: {} });`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'Client.callTool', duration: '60 s', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 52,
          suggestions: [],
        },
      ],
      name: 'strict: continue MCPService.ts:194 relies on the 60 s default',
    },
    {
      code: `import ky from 'ky';
await ky.get(url);`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'ky.get', duration: '10 s', remedy: 'pass `timeout` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 18,
          suggestions: [],
        },
      ],
      name: 'strict: ky relies on its 10 s default',
    },
    {
      code: `async function run(cmd: string, signal: AbortSignal) {
  return fetch(cmd, { signal });
}`,
      output: null,
      options: [{ strict: true, signalFromCaller: 'unknown' }],
      errors: [
        {
          messageId: 'unknownSignal',
          data: { name: 'fetch' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 32,
          suggestions: [],
        },
      ],
      name: 'signalFromCaller unknown, strict',
    },
    {
      code: `await withTimeout(fetch(url), 5000);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `await withTimeout(fetch(url, { signal: AbortSignal.timeout(30_000) }), 5000);`,
            },
          ],
        },
      ],
      name: 'withTimeout is a wrapper only when configured',
    },
    {
      code: `api.executeTool('shell', args);
api.executeTool('shell', args, { retries: 2 });
api.executeTool('shell', args, { timeoutMs: 0 });`,
      output: null,
      options: [{ tools: [{ callee: '*.executeTool', argument: 2, keys: ['timeoutMs', 'signal'] }] }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'api.executeTool', remedy: 'pass `timeoutMs` or `signal`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeoutMs: 30_000' },
              output: `api.executeTool('shell', args, { timeoutMs: 30_000 });
api.executeTool('shell', args, { retries: 2 });
api.executeTool('shell', args, { timeoutMs: 0 });`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'api.executeTool', remedy: 'pass `timeoutMs` or `signal`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeoutMs: 30_000' },
              output: `api.executeTool('shell', args);
api.executeTool('shell', args, { retries: 2, timeoutMs: 30_000 });
api.executeTool('shell', args, { timeoutMs: 0 });`,
            },
          ],
        },
        {
          messageId: 'noBoundValue',
          data: {
            name: 'api.executeTool',
            key: 'timeoutMs',
            value: '0',
            remedy: 'use a positive number of milliseconds',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `api.executeTool('shell', args);
api.executeTool('shell', args, { retries: 2 });
api.executeTool('shell', args, { timeoutMs: 30_000 });`,
            },
          ],
        },
      ],
      name: 'tools: the issue configuration',
    },
    {
      code: `this.tools.run('grep', { pattern });
runTool({ name: 'grep' });`,
      output: null,
      options: [
        {
          tools: [
            { callee: 'this.tools.run', argument: 1, keys: ['signal'] },
            { callee: 'runTool', argument: 0, keys: ['deadlineMs'] },
          ],
        },
      ],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'this.tools.run', remedy: 'pass `signal`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `this.tools.run('grep', { pattern, signal: AbortSignal.timeout(30_000) });
runTool({ name: 'grep' });`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'runTool', remedy: 'pass `deadlineMs`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'deadlineMs: 30_000' },
              output: `this.tools.run('grep', { pattern });
runTool({ name: 'grep', deadlineMs: 30_000 });`,
            },
          ],
        },
      ],
      name: 'tools: member path and plain name',
    },
  ],
});

describe('require-timeout-on-tool options schema', () => {
  it('accepts the configuration of the issue', () => {
    expect(() => {
      lintWithOptions(
        'require-timeout-on-tool',
        rule,
        { tools: [{ callee: '*.executeTool', argument: 2, keys: ['timeoutMs', 'signal'] }] },
        'run()',
      );
    }).not.toThrow();
  });

  it.each([
    [{ tools: [{ callee: '*.executeTool', argument: 2 }] }, /should have required property 'keys'/u],
    [{ tools: [{ callee: 'a..b', argument: 0, keys: ['timeout'] }] }, /"a\.\.b" should match pattern/u],
    [{ tools: [{ callee: 'run', argument: -1, keys: ['timeout'] }] }, /-1 should be >= 0/u],
    [{ tools: [{ callee: 'run', argument: 0, keys: [] }] }, /should NOT have fewer than 1 items/u],
    [
      { tools: [{ callee: 'run', argument: 0, keys: ['timeout'], key: 'x' }] },
      /should NOT have additional properties/u,
    ],
    [{ signalFromCaller: 'maybe' }, /should be equal to one of the allowed values/u],
    [{ defaultTimeoutMs: 0 }, /should be >= 1/u],
    [{ wrappers: ['*.'] }, /should match pattern/u],
  ])('rejects %j at config load', (options, message) => {
    expect(() => {
      lintWithOptions('require-timeout-on-tool', rule, options, 'run()');
    }).toThrow(message);
  });
});
