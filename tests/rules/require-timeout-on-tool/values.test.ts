import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// Values that are no bound, and keys that look like a bound but are not one.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [],
  invalid: [
    {
      code: `import { spawnSync } from 'node:child_process';
spawnSync('sleep', ['9'], { signal: AbortSignal.timeout(100) });`,
      output: null,
      errors: [
        {
          messageId: 'syncIgnoresSignal',
          data: { name: 'child_process.spawnSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawnSync } from 'node:child_process';
spawnSync('sleep', ['9'], { signal: AbortSignal.timeout(100), timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'signal on a sync call is ignored',
    },
    {
      code: `import { execSync } from 'node:child_process';
execSync(\`command -v \${cmd}\`, { signal });`,
      output: null,
      errors: [
        {
          messageId: 'syncIgnoresSignal',
          data: { name: 'child_process.execSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execSync } from 'node:child_process';
execSync(\`command -v \${cmd}\`, { signal, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'execSync ignores signal too',
    },
    {
      code: `import { execFile } from 'node:child_process';
execFile('git', ['status'], { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'child_process.execFile',
            key: 'timeout',
            value: '0',
            remedy: 'use a positive number of milliseconds',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { execFile } from 'node:child_process';
execFile('git', ['status'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'timeout 0 is no timeout',
    },
    {
      code: `import { spawn } from 'node:child_process';
const NO_LIMIT = -1;
spawn('npm', ['test'], { timeout: NO_LIMIT });`,
      output: null,
      errors: [
        {
          // Node throws ERR_OUT_OF_RANGE on a negative `timeout` (out-of-range.test.ts).
          messageId: 'outOfRangeTimeout',
          data: {
            name: 'child_process.spawn',
            key: 'timeout',
            value: 'NO_LIMIT',
            effect: 'Node throws on a `timeout` that is not an integer >= 0',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { spawn } from 'node:child_process';
const NO_LIMIT = -1;
spawn('npm', ['test'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a negative constant',
    },
    {
      code: `const signal = undefined;
await fetch(url, { signal, });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'fetch',
            key: 'signal',
            value: 'undefined',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `const signal = undefined;
await fetch(url, { signal: AbortSignal.timeout(30_000), });`,
            },
          ],
        },
      ],
      name: 'a shorthand signal that is undefined',
    },
    {
      code: `import axios from 'axios';
const timeout = 0;
export const api = axios.create({ timeout });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundDefault',
          data: { name: 'axios.create', key: 'timeout', value: '0', remedy: 'use a positive number of milliseconds' },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
const timeout = 0;
export const api = axios.create({ timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a shorthand default of an axios instance',
    },
    {
      code: `await fetch(url, { timeout: 5000 });`,
      output: null,
      errors: [
        {
          messageId: 'fetchIgnoresTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'signal: AbortSignal.timeout(5000)' },
              output: `await fetch(url, { signal: AbortSignal.timeout(5000) });`,
            },
          ],
        },
      ],
      name: 'fetch ignores timeout',
    },
    {
      code: `await fetch(url, { timeout });`,
      output: null,
      errors: [
        {
          messageId: 'fetchIgnoresTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'signal: AbortSignal.timeout(timeout)' },
              output: `await fetch(url, { signal: AbortSignal.timeout(timeout) });`,
            },
          ],
        },
      ],
      name: 'fetch ignores timeout, shorthand',
    },
    {
      code: `await fetch(url, { signal: undefined });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'fetch',
            key: 'signal',
            value: 'undefined',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'AbortSignal.timeout(30_000)' },
              output: `await fetch(url, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'signal undefined',
    },
    {
      code: `await fetch(url, { signal: new AbortController().signal });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'fetch',
            key: 'signal',
            value: 'new AbortController().signal',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'AbortSignal.timeout(30_000)' },
              output: `await fetch(url, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'a signal that can never fire',
    },
    {
      code: `const controller = new AbortController();
await fetch(url, { signal: controller.signal });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'fetch',
            key: 'signal',
            value: 'a signal that is never aborted',
            remedy: 'pass a signal that fires, such as `AbortSignal.timeout(ms)`',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'AbortSignal.timeout(30_000)' },
              output: `const controller = new AbortController();
await fetch(url, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'a controller nothing aborts',
    },
    {
      code: `import http from 'node:http';
http.get(url, { timeout: 200 }, (res) => {});`,
      output: null,
      errors: [
        {
          messageId: 'httpTimeoutOnlyEmits',
          data: { name: 'http.get', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(200)' },
              output: `import http from 'node:http';
http.get(url, { timeout: 200, signal: AbortSignal.timeout(200) }, (res) => {});`,
            },
          ],
        },
      ],
      name: 'http timeout only emits an event',
    },
    {
      code: `import { request } from 'undici';
await request(url, { headersTimeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'undici.request',
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
            key: 'headersTimeout',
            value: '0',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { request } from 'undici';
await request(url, { headersTimeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'undici: only an explicit 0 is reported',
    },
    {
      code: `import axios from 'axios';
axios.create({ baseURL, timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundDefault',
          data: { name: 'axios.create', key: 'timeout', value: '0', remedy: 'use a positive number of milliseconds' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import axios from 'axios';
axios.create({ baseURL, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios.create timeout 0',
    },
    {
      code: `import got from 'got';
await got(url, { timeout: 1000 });`,
      output: null,
      errors: [
        {
          messageId: 'gotTimeoutNumber',
          data: { name: 'got', remedy: 'pass `timeout: { request: ms }` or `signal`', value: '1000' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '{ request: 1000 }' },
              output: `import got from 'got';
await got(url, { timeout: { request: 1000 } });`,
            },
          ],
        },
      ],
      name: 'got throws on a number timeout',
    },
    {
      code: `import got from 'got';
await got(url, { timeout: {} });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'got',
            key: 'timeout',
            value: '{}',
            remedy: 'give a phase such as `request` a positive number of milliseconds',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '{ request: 30_000 }' },
              output: `import got from 'got';
await got(url, { timeout: { request: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'got with no phase bounded',
    },
    {
      code: `import ky from 'ky';
await ky.get(url, { timeout: false });`,
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
          endColumn: 38,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
await ky.get(url, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'ky: only timeout false is reported',
    },
    {
      code: `import { execa } from 'execa';
await execa('node', ['x.js'], { signal });`,
      output: null,
      errors: [
        {
          messageId: 'execaSignalRenamed',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'cancelSignal: signal' },
              output: `import { execa } from 'execa';
await execa('node', ['x.js'], { cancelSignal: signal });`,
            },
          ],
        },
      ],
      name: 'execa 9 renamed signal',
    },
    {
      code: `import { execa } from 'execa';
await execa('node', ['x.js'], { signal: controller.signal });`,
      output: null,
      errors: [
        {
          messageId: 'execaSignalRenamed',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'cancelSignal' },
              output: `import { execa } from 'execa';
await execa('node', ['x.js'], { cancelSignal: controller.signal });`,
            },
          ],
        },
      ],
      name: 'execa 9 renamed signal, long form',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'x', version: '1' });
await client.callTool({ name, arguments: a }, undefined, { resetTimeoutOnProgress: true });`,
      output: null,
      errors: [
        {
          messageId: 'unboundedProgress',
          data: { name: 'Client.callTool', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'maxTotalTimeout: 30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client({ name: 'x', version: '1' });
await client.callTool({ name, arguments: a }, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP v1: progress resets the timeout forever',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
class McpHost {
  client = new Client({ name: 'x', version: '1' });
  call(name: string) {
    return this.client.callTool({ name }, undefined, { timeout: 0 });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { name: 'Client.callTool', remedy: 'pass `timeout` or `signal`', key: 'timeout', value: '0' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
class McpHost {
  client = new Client({ name: 'x', version: '1' });
  call(name: string) {
    return this.client.callTool({ name }, undefined, { timeout: 30_000 });
  }
}`,
            },
          ],
        },
      ],
      name: 'MCP v1: timeout 0, instance in a class field',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/client';
const client = new Client({ name: 'x', version: '1' });
await client.callTool({ name, arguments: a }, { timeout: Infinity });`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { name: 'Client.callTool', remedy: 'pass `timeout` or `signal`', key: 'timeout', value: 'Infinity' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client({ name: 'x', version: '1' });
await client.callTool({ name, arguments: a }, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP v2: Infinity fires at once',
    },
    {
      code: `import got from 'got';
const client = got.extend({ timeout: 1000 });`,
      output: null,
      errors: [
        {
          messageId: 'gotTimeoutNumber',
          data: { name: 'got.extend', remedy: 'pass `timeout: { request: ms }` or `signal`', value: '1000' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '{ request: 1000 }' },
              output: `import got from 'got';
const client = got.extend({ timeout: { request: 1000 } });`,
            },
          ],
        },
      ],
      name: 'got.extend with a number timeout',
    },
  ],
});
