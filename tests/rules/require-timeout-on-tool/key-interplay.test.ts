import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// How keys interact: a signal that fires bounds a call whose library timer another key turns off; a key that makes the call throw is reported beside any bound.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // MCP: a signal that fires bounds a call whose progress resets the timeout
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, signal: AbortSignal.timeout(600_000) });`,
    // MCP: a positive cap ends a call whose progress resets the timeout
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: 600_000 });`,
    // MCP: a negative cap ends the call at the first progress notification
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: -1 });`,
    // ky: a signal that fires bounds a call with timeout false
    `import ky from 'ky';
await ky.get(url, { timeout: false, signal: AbortSignal.timeout(600_000) });`,
    // ky: a signal from the caller bounds it under signalFromCaller bounded
    `import ky from 'ky';
export async function download(url: string, signal: AbortSignal) {
  return ky.get(url, { timeout: false, signal }).arrayBuffer();
}`,
    // undici: a signal that a timer aborts bounds a long download
    `import { request } from 'undici';
const controller = new AbortController();
setTimeout(() => controller.abort(), 600_000);
await request(url, { bodyTimeout: 0, signal: controller.signal });`,
    // undici: both idle timers off beside a signal that fires
    `import { stream } from 'undici';
await stream(url, { headersTimeout: 0, bodyTimeout: 0, signal: AbortSignal.timeout(600_000) }, factory);`,
    // fetch: an ignored timeout beside a signal that fires is harmless
    `await fetch(url, { timeout: 5000, signal: AbortSignal.timeout(5000) });`,
    // spawnSync: an ignored signal beside a timeout is harmless
    `import { spawnSync } from 'node:child_process';
spawnSync('ls', [], { timeout: 5000, signal });`,
    // ky: the spread case is not reported without strict
    `import ky from 'ky';
export const download = (url: string, options: object) => ky.get(url, { ...options, timeout: false });`,
  ],
  invalid: [
    {
      code: `import got from 'got';
await got(url, { timeout: 1000, signal: AbortSignal.timeout(5000) });`,
      output: null,
      errors: [
        {
          messageId: 'gotTimeoutNumber',
          data: { name: 'got', remedy: 'pass `timeout: { request: ms }` or `signal`', value: '1000' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '{ request: 1000 }' },
              output: `import got from 'got';
await got(url, { timeout: { request: 1000 }, signal: AbortSignal.timeout(5000) });`,
            },
          ],
        },
      ],
      name: 'got: a number timeout throws even beside a signal',
    },
    {
      code: `import { execa } from 'execa';
await execa('git', ['status'], { timeout: 5000, signal });`,
      output: null,
      errors: [
        {
          messageId: 'execaSignalRenamed',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'cancelSignal: signal' },
              output: `import { execa } from 'execa';
await execa('git', ['status'], { timeout: 5000, cancelSignal: signal });`,
            },
          ],
        },
      ],
      name: 'execa 9: signal throws even beside a timeout',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { timeout: 0, signal: AbortSignal.timeout(5000) });`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { name: 'Client.callTool', remedy: 'pass `timeout` or `signal`', key: 'timeout', value: '0' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { timeout: 30_000, signal: AbortSignal.timeout(5000) });`,
            },
          ],
        },
      ],
      name: 'MCP: timeout 0 fails at once even beside a signal',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'Client.callTool',
            key: 'maxTotalTimeout',
            value: '0',
            remedy:
              'use a positive number of milliseconds, as `resetTimeoutOnProgress` restarts the timeout on every progress notification',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP: maxTotalTimeout 0 is no cap',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: Infinity });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'Client.callTool',
            key: 'maxTotalTimeout',
            value: 'Infinity',
            remedy:
              'use a positive number of milliseconds, as `resetTimeoutOnProgress` restarts the timeout on every progress notification',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP: maxTotalTimeout Infinity is no cap',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, signal: undefined });`,
      output: null,
      errors: [
        {
          messageId: 'unboundedProgress',
          data: { name: 'Client.callTool', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'maxTotalTimeout: 30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'agent', version: '1' });
await client.callTool({ name }, undefined, { resetTimeoutOnProgress: true, signal: undefined, maxTotalTimeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP: a signal that never fires does not end a progress reset',
    },
    {
      code: `import ky from 'ky';
await ky.get(url, { timeout: false, signal: new AbortController().signal });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'ky.get',
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
            key: 'timeout',
            value: 'false',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
await ky.get(url, { timeout: 30_000, signal: new AbortController().signal });`,
            },
          ],
        },
      ],
      name: 'ky: timeout false with a signal that never fires',
    },
    {
      code: `import { request } from 'undici';
await request(url, { headersTimeout: 5000, bodyTimeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'undici.request',
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
            key: 'bodyTimeout',
            value: '0',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { request } from 'undici';
await request(url, { headersTimeout: 5000, bodyTimeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'undici: a header deadline does not bound the body',
    },
    {
      code: `import ky from 'ky';
export async function download(url: string, signal: AbortSignal) {
  return ky.get(url, { timeout: false, signal }).arrayBuffer();
}`,
      options: [{ strict: true, signalFromCaller: 'unknown' }],
      output: null,
      errors: [
        {
          messageId: 'unknownSignal',
          data: { name: 'ky.get' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 49,
        },
      ],
      name: 'ky: under signalFromCaller unknown a caller signal is unknown',
    },
    {
      code: `import ky from 'ky';
export const download = (url: string, options: object) => ky.get(url, { ...options, timeout: false });`,
      options: [{ strict: true }],
      output: null,
      errors: [
        {
          messageId: 'unknownBound',
          data: { name: 'ky.get' },
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 102,
        },
      ],
      name: 'ky: a spread may supply the signal, so timeout false after it is unknown',
    },
  ],
});
