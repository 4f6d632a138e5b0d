import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { runWithData } from '../../rule-tester';

// Catalog rows with no case elsewhere: each one unbounded (reported) and bounded by a key its row says it obeys; then
// the catalog's methods that no other suite called (tests/rules/catalog-coverage.test.ts checks them).
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // The mutation check found this unpinned: a controller aborted from a timer is a bound, even under strict.
    {
      code: "const controller = new AbortController();\nsetTimeout(() => controller.abort(), 5000);\nawait fetch('https://example.com', { signal: controller.signal });",
      options: [{ strict: true }],
      name: 'strict: a controller aborted from a timer bounds fetch',
    },
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
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
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
            remedy: 'remove it, use a positive number of milliseconds, or pass a `signal` that fires',
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
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
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
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
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
    {
      code: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.delete', remedy: 'pass `timeout` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url, { timeout: 30_000 });
await axios.head(url);
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.head', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url, { timeout: 30_000 });
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.options', remedy: 'pass `timeout` or `signal`' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url, { timeout: 30_000 });
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.put', remedy: 'pass `timeout` or `signal`' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url);
await axios.put(url, data, { timeout: 30_000 });
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.patch', remedy: 'pass `timeout` or `signal`' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data, { timeout: 30_000 });
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.postForm', remedy: 'pass `timeout` or `signal`' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form, { timeout: 30_000 });
await axios.putForm(url, form);
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.putForm', remedy: 'pass `timeout` or `signal`' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form, { timeout: 30_000 });
await axios.patchForm(url, form);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.patchForm', remedy: 'pass `timeout` or `signal`' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.delete(url);
await axios.head(url);
await axios.options(url);
await axios.put(url, data);
await axios.patch(url, data);
await axios.postForm(url, form);
await axios.putForm(url, form);
await axios.patchForm(url, form, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios methods that had no case',
    },
    {
      code: `import got from 'got';
await got.put(url);
await got.patch(url);
await got.head(url);
await got.delete(url);
got.stream(url);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'got.put', remedy: 'pass `timeout: { request: ms }` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: { request: 30_000 }' },
              output: `import got from 'got';
await got.put(url, { timeout: { request: 30_000 } });
await got.patch(url);
await got.head(url);
await got.delete(url);
got.stream(url);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'got.patch', remedy: 'pass `timeout: { request: ms }` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: { request: 30_000 }' },
              output: `import got from 'got';
await got.put(url);
await got.patch(url, { timeout: { request: 30_000 } });
await got.head(url);
await got.delete(url);
got.stream(url);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'got.head', remedy: 'pass `timeout: { request: ms }` or `signal`' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: { request: 30_000 }' },
              output: `import got from 'got';
await got.put(url);
await got.patch(url);
await got.head(url, { timeout: { request: 30_000 } });
await got.delete(url);
got.stream(url);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'got.delete', remedy: 'pass `timeout: { request: ms }` or `signal`' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: { request: 30_000 }' },
              output: `import got from 'got';
await got.put(url);
await got.patch(url);
await got.head(url);
await got.delete(url, { timeout: { request: 30_000 } });
got.stream(url);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'got.stream', remedy: 'pass `timeout: { request: ms }` or `signal`' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: { request: 30_000 }' },
              output: `import got from 'got';
await got.put(url);
await got.patch(url);
await got.head(url);
await got.delete(url);
got.stream(url, { timeout: { request: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'got methods that had no case',
    },
    {
      code: `import ky from 'ky';
await ky.put(url, { timeout: false });
await ky.patch(url, { timeout: false });
await ky.head(url, { timeout: false });
await ky.delete(url, { timeout: false });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            key: 'timeout',
            value: 'false',
            name: 'ky.put',
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
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
await ky.put(url, { timeout: 30_000 });
await ky.patch(url, { timeout: false });
await ky.head(url, { timeout: false });
await ky.delete(url, { timeout: false });`,
            },
          ],
        },
        {
          messageId: 'noBoundValue',
          data: {
            key: 'timeout',
            value: 'false',
            name: 'ky.patch',
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
          },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
await ky.put(url, { timeout: false });
await ky.patch(url, { timeout: 30_000 });
await ky.head(url, { timeout: false });
await ky.delete(url, { timeout: false });`,
            },
          ],
        },
        {
          messageId: 'noBoundValue',
          data: {
            key: 'timeout',
            value: 'false',
            name: 'ky.head',
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
          },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
await ky.put(url, { timeout: false });
await ky.patch(url, { timeout: false });
await ky.head(url, { timeout: 30_000 });
await ky.delete(url, { timeout: false });`,
            },
          ],
        },
        {
          messageId: 'noBoundValue',
          data: {
            key: 'timeout',
            value: 'false',
            name: 'ky.delete',
            remedy: 'remove it, use a number of milliseconds, or pass a `signal` that fires',
          },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import ky from 'ky';
await ky.put(url, { timeout: false });
await ky.patch(url, { timeout: false });
await ky.head(url, { timeout: false });
await ky.delete(url, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'ky methods that had no case: only timeout false',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.ping' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 30_000 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listResources' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 30_000 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listResourceTemplates' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 30_000 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listPrompts' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 30_000 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.readResource' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 30_000 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.getPrompt' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 30_000 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.complete' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP client (SDK v1) methods that had no case: timeout 0',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.ping' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 30_000 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listTools' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 30_000 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listResources' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 30_000 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listResourceTemplates' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 30_000 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.listPrompts' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 30_000 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.readResource' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 30_000 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.getPrompt' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 30_000 });
await client.complete(params, { timeout: 0 });`,
            },
          ],
        },
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { value: '0', name: 'Client.complete' },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.ping({ timeout: 0 });
await client.listTools(undefined, { timeout: 0 });
await client.listResources(undefined, { timeout: 0 });
await client.listResourceTemplates(undefined, { timeout: 0 });
await client.listPrompts(undefined, { timeout: 0 });
await client.readResource({ uri }, { timeout: 0 });
await client.getPrompt({ name }, { timeout: 0 });
await client.complete(params, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'MCP client (v2 package) methods that had no case: timeout 0',
    },
  ],
});
