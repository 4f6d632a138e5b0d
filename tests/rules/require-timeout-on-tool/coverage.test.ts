import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';

// Catalog rows with no case elsewhere: each one unbounded (reported) and bounded by a key its row says it obeys.
new RuleTester().run('require-timeout-on-tool', rule, {
  valid: [
    `import { execaNode } from 'execa';
await execaNode('worker.js', ['--once'], { timeout: 60_000 });
await execaNode('worker.js', { cancelSignal: AbortSignal.timeout(60_000) });`,
    `import { execaCommand } from 'execa';
await execaCommand('npm run build', { timeout: 120_000 });
await execaCommand('npm test', { cancelSignal: AbortSignal.timeout(60_000) });`,
    `import { execaCommandSync } from 'execa';
execaCommandSync('git status', { timeout: 10_000 });`,
    `Bun.spawnSync(['ls', '-la'], { timeout: 5000 });
Bun.spawnSync({ cmd: ['ls'], timeout: 5000 });`,
    `import { stream } from 'undici';
await stream(url, { method: 'GET', signal: AbortSignal.timeout(30_000) }, () => sink);`,
    {
      code: `import { pipeline } from 'undici';
pipeline(url, { signal: AbortSignal.timeout(30_000) }, handler);`,
      options: [{ strict: true }],
      name: 'undici pipeline with a signal, even under strict',
    },
    `import ky from 'ky';
const api = ky.create({ prefixUrl, timeout: 5000 });
const api2 = ky.extend({ signal: AbortSignal.timeout(5000) });`,
    {
      code: `import axios from 'axios';
const source = axios.CancelToken.source();
setTimeout(() => source.cancel(), 5000);
await axios.get(url, { cancelToken: source.token });`,
      name: 'axios cancelToken is a bound',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.listTools(undefined, { timeout: 10_000 });`,
      options: [{ strict: true }],
      name: 'MCP listTools with a timeout, even under strict',
    },
  ],
  invalid: [
    {
      code: `import { execaNode } from 'execa';
await execaNode('worker.js', ['--once']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'execa.execaNode',
            remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execaNode } from 'execa';
await execaNode('worker.js', ['--once'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'execaNode',
    },
    {
      code: `import { execaCommand } from 'execa';
await execaCommand('npm run build');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'execa.execaCommand',
            remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execaCommand } from 'execa';
await execaCommand('npm run build', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'execaCommand',
    },
    {
      code: `import { execaCommandSync } from 'execa';
execaCommandSync('git status');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa.execaCommandSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execaCommandSync } from 'execa';
execaCommandSync('git status', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'execaCommandSync',
    },
    {
      code: `Bun.spawnSync(['ls', '-la']);
Bun.spawnSync({ cmd: ['ls'] });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'Bun.spawnSync', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `Bun.spawnSync(['ls', '-la'], { timeout: 30_000 });
Bun.spawnSync({ cmd: ['ls'] });`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'Bun.spawnSync', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `Bun.spawnSync(['ls', '-la']);
Bun.spawnSync({ cmd: ['ls'], timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'Bun.spawnSync, options 1st or 2nd',
    },
    {
      code: `import { stream } from 'undici';
await stream(url, { method: 'GET', headersTimeout: 0 }, () => sink);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'headersTimeout',
            value: '0',
            name: 'undici.stream',
            remedy: 'remove it or use a positive number of milliseconds',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { stream } from 'undici';
await stream(url, { method: 'GET', headersTimeout: 30_000 }, () => sink);`,
            },
          ],
        },
      ],
      name: 'undici stream with its default turned off',
    },
    {
      code: `import { pipeline } from 'undici';
pipeline(url, { bodyTimeout: 0 }, handler);`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'bodyTimeout',
            value: '0',
            name: 'undici.pipeline',
            remedy: 'remove it or use a positive number of milliseconds',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { pipeline } from 'undici';
pipeline(url, { bodyTimeout: 30_000 }, handler);`,
            },
          ],
        },
      ],
      name: 'undici pipeline with its default turned off',
    },
    {
      code: `import ky from 'ky';
const api = ky.create({ prefixUrl, timeout: false });
const api2 = ky.extend({ timeout: false });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundDefault',
          data: {
            key: 'timeout',
            value: 'false',
            name: 'ky.create',
            remedy: 'remove it or use a number of milliseconds',
          },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
const api = ky.create({ prefixUrl, timeout: 30_000 });
const api2 = ky.extend({ timeout: false });`,
            },
          ],
        },
        {
          messageId: 'noBoundDefault',
          data: {
            key: 'timeout',
            value: 'false',
            name: 'ky.extend',
            remedy: 'remove it or use a number of milliseconds',
          },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
const api = ky.create({ prefixUrl, timeout: false });
const api2 = ky.extend({ timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'ky create and extend with the default turned off',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.listTools(undefined, { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listTools' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.listTools(undefined, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP listTools with timeout 0',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.listTools();`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'implicitDefault',
          data: { name: 'Client.listTools', duration: '60 s', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
      name: 'MCP listTools on the default under strict',
    },
  ],
});
