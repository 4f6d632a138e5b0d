import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { js, runWithData } from '../../rule-tester';

// The catalog: each API, found through every import form, bounded by the options it obeys and no other.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    // Bounded by the options the API obeys.
    `import { spawn } from 'node:child_process';
spawn(cmd, args, { signal: AbortSignal.timeout(60_000) });`,
    `import { execFileSync } from 'node:child_process';
execFileSync('git', ['status'], { timeout: 10_000 });`,
    `import { exec } from 'node:child_process';
const TIMEOUT_MS = 5 * 60_000;
exec(cmd, { timeout: TIMEOUT_MS }, (error) => {});`,
    `import { execSync } from 'node:child_process';
execSync(\`taskkill /pid \${pid} /T /F\`, { timeout: 2000 });`,
    `import { spawn } from 'node:child_process';
const options = { cwd, timeout: 5000 };
spawn('make', [], options);`,
    `import { spawn } from 'node:child_process';
spawn('make', [], { ...base, timeout: 5000 });`,
    `import { spawn } from 'node:child_process';
spawn('make', [], { timeout: this.timeoutMs });`,
    `await fetch(urlToFetch, { method: 'HEAD', headers, signal: AbortSignal.timeout(5000) });`,
    `await fetch(url, { signal: AbortSignal.any([userSignal, AbortSignal.timeout(5000)]) });`,
    `const timeoutSignal = AbortSignal.timeout(timeoutMs);
await fetch(url, { signal: (AbortSignal as unknown as { any(s: AbortSignal[]): AbortSignal }).any([params.abortSignal ?? new AbortController().signal, timeoutSignal]) });`,
    `await fetch(new Request(url, { signal: AbortSignal.timeout(5000) }));`,
    `const request = new Request(url, { signal: AbortSignal.timeout(5000) });
await fetch(request);`,
    `import http from 'node:http';
http.get(url, { signal: AbortSignal.timeout(5000) }, (res) => {});`,
    `import axios from 'axios';
await axios.get(url, { timeout: 5000 });
await axios.post(url, data, { signal });`,
    `import got from 'got';
await got(url, { timeout: { request: 10_000 } });`,
    `import { execa } from 'execa';
await execa('npm', ['test'], { cancelSignal: AbortSignal.timeout(60_000) });`,
    `Bun.spawn({ cmd: ['ls'], timeout: 5000 });`,
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.callTool({ name, arguments: args }, undefined, { timeout: this.requestTimeoutMs, signal: request.context?.signal });`,
    `import { Client } from '@modelcontextprotocol/client';
const client = new Client(info);
await client.callTool({ name, arguments: a }, { timeout: 5 * 60_000 });`,
    // Bounded by the library's own default (option `strict` reports these).
    `import ky from 'ky';
await ky.get(url);
await ky.post(url, { json });`,
    `import { request } from 'undici';
await request(url);
await request(url, { headersTimeout: 10_000 });`,
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.callTool({ name, arguments: args });
await client.request({ method: 'resources/list' }, ListResourcesResultSchema);`,
    `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
const client = new Client(info);
await client.callTool(p, undefined, { resetTimeoutOnProgress: true, maxTotalTimeout: 600_000 });`,
    // Not the API: other objects, shadowed names, other modules.
    `const re = /a+/g;
re.exec('aaa');`,
    `import { exec } from 'node:child_process';
function f(pattern: RegExp) {
  return pattern.exec('x');
}`,
    `async function f(client: McpClient) {
  await client.callTool({ name, arguments: args, context });
}`,
    `function f(fetch: (u: string) => Promise<Response>) {
  return fetch('x');
}`,
    `import { spawn } from 'my-process-lib';
spawn('ls');`,
    `import { spawn } from 'node:child_process';
const spawnRef = spawn;
export { spawnRef };`,
    // Unknown: the rule cannot read the options, or tell the arguments apart (option `strict` reports these).
    `import { spawn } from 'node:child_process';
spawn(cmd, args, options);`,
    `import { spawn } from 'node:child_process';
function run(cmd: string, args, options) {
  return spawn(cmd, args, { ...options, env, windowsHide: true });
}`,
    `import { spawn } from 'node:child_process';
function run(cmd: string, argsOrOptions) {
  return spawn(cmd, argsOrOptions);
}`,
    `async function f(request: Request) {
  return fetch(request);
}`,
    `await session.callTool(params, { ...buildRequestOptions(x), toolDefinition });`,
    `import fetch from 'node-fetch';
await fetch(url, { timeout: 5000 });`,
    // Shadowed, and bounded through CommonJS.
    `import { spawn } from 'node:child_process';
function f(spawn: (cmd: string) => void) {
  spawn('ls');
}`,
    {
      code: `require('child_process').execSync('git status', { timeout: 5000 });`,
      options: [{}],
      name: 'inline require, bounded',
    },
  ],
  invalid: [
    {
      code: `import cp from 'child_process';
cp.exec(command, (error, stdout) => {});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import cp from 'child_process';
cp.exec(command, { timeout: 30_000 }, (error, stdout) => {});`,
            },
          ],
        },
      ],
      name: 'default import; the options go before the callback',
    },
    {
      code: `import * as childProcess from 'child_process';
childProcess.spawn(shell, ['-c', command], { cwd, env });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import * as childProcess from 'child_process';
childProcess.spawn(shell, ['-c', command], { cwd, env, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'namespace import',
    },
    {
      code: `const { execSync: run } = require('child_process');
run('git status');`,
      output: null,
      languageOptions: js,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `const { execSync: run } = require('child_process');
run('git status', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'require, destructured and renamed',
    },
    {
      code: `import cp = require('child_process');
cp.execFileSync('git', ['status']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execFileSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import cp = require('child_process');
cp.execFileSync('git', ['status'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'TypeScript import = require',
    },
    {
      code: `async function f() {
  const cp = await import('node:child_process');
  cp.execSync('ls', { stdio: 'pipe' });
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execSync', remedy: 'pass `timeout`' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `async function f() {
  const cp = await import('node:child_process');
  cp.execSync('ls', { stdio: 'pipe', timeout: 30_000 });
}`,
            },
          ],
        },
      ],
      name: 'await import()',
    },
    {
      code: `process.getBuiltinModule('child_process').spawnSync('ls', { stdio: 'pipe' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawnSync', remedy: 'pass `timeout`' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `process.getBuiltinModule('child_process').spawnSync('ls', { stdio: 'pipe', timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'process.getBuiltinModule',
    },
    {
      code: `import { execFile } from 'node:child_process';
import util from 'node:util';
const run = util.promisify(execFile);
await run('git', ['status']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'child_process.execFile',
            remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
          },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFile } from 'node:child_process';
import util from 'node:util';
const run = util.promisify(execFile);
await run('git', ['status'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'promisified execFile after an argument list',
    },
    {
      code: `import { fork } from 'node:child_process';
fork('./worker.js');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.fork', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { fork } from 'node:child_process';
fork('./worker.js', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'fork with no options',
    },
    {
      code: `import { spawn } from 'cross-spawn';
spawn('npm', ['install'], {});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'cross-spawn.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'cross-spawn';
spawn('npm', ['install'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'cross-spawn named, empty options',
    },
    {
      code: `import crossSpawn from 'cross-spawn';
crossSpawn.sync('npm', ['install'], { stdio: 'pipe' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'cross-spawn.sync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import crossSpawn from 'cross-spawn';
crossSpawn.sync('npm', ['install'], { stdio: 'pipe', timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'cross-spawn sync',
    },
    {
      code: `await globalThis.fetch(url, {});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'globalThis.fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `await globalThis.fetch(url, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'globalThis.fetch',
    },
    {
      code: `import { fetch } from 'undici';
await fetch(url, { method: 'HEAD' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'undici.fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import { fetch } from 'undici';
await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'undici fetch',
    },
    {
      code: `import fetch from 'node-fetch';
await fetch(url);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'node-fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import fetch from 'node-fetch';
await fetch(url, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'node-fetch',
    },
    {
      code: `import https from 'https';
https.request({ host, path, method: 'POST' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'https.request', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import https from 'https';
https.request({ host, path, method: 'POST', signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'https.request with options first',
    },
    {
      code: `import http from 'node:http';
http.get('http://localhost:3000/health', (res) => {});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'http.get', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `import http from 'node:http';
http.get('http://localhost:3000/health', { signal: AbortSignal.timeout(30_000) }, (res) => {});`,
            },
          ],
        },
      ],
      name: 'http.get url then callback',
    },
    {
      code: `import axios from 'axios';
await axios.post('/x', data, { headers });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.post', remedy: 'pass `timeout` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.post('/x', data, { headers, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios.post: config is the third argument',
    },
    {
      code: `import axios from 'axios';
await axios({ url, method: 'get' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios', remedy: 'pass `timeout` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios({ url, method: 'get', timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios(config)',
    },
    {
      code: `import axios from 'axios';
const api = axios.create({ baseURL });
await api.get('/users');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.get', remedy: 'pass `timeout` or `signal`' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
const api = axios.create({ baseURL });
await api.get('/users', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'an instance without a timeout',
    },
    {
      code: `import got from 'got';
await got.post(url, { json: body });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'got.post', remedy: 'pass `timeout: { request: ms }` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: { request: 30_000 }' },
              output: `import got from 'got';
await got.post(url, { json: body, timeout: { request: 30_000 } });`,
            },
          ],
        },
      ],
      name: 'got.post',
    },
    {
      code: `import { execa } from 'execa';
await execa\`npm run build\`;`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execa } from 'execa';
await execa({ timeout: 30_000 })\`npm run build\`;`,
            },
          ],
        },
      ],
      name: 'execa tagged template',
    },
    {
      code: `import { execa } from 'execa';
const run = execa({ cwd });
await run\`npm test\`;`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execa } from 'execa';
const run = execa({ cwd });
await run({ timeout: 30_000 })\`npm test\`;`,
            },
          ],
        },
      ],
      name: 'a bound execa without a timeout',
    },
    {
      code: `import { execaSync } from 'execa';
execaSync('git', ['status']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa.execaSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execaSync } from 'execa';
execaSync('git', ['status'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'execaSync',
    },
    {
      code: `import { $ } from 'zx';
await $\`ls -la\`;`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'zx.$', remedy: 'use `$({ timeout })` or `.timeout()`, or kill the process from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { $ } from 'zx';
await $({ timeout: 30_000 })\`ls -la\`;`,
            },
          ],
        },
      ],
      name: 'zx without timeout',
    },
    {
      code: `Bun.spawn(['ls', '-la']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'Bun.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `Bun.spawn(['ls', '-la'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'Bun.spawn',
    },
    {
      code: `import * as pty from 'node-pty';
const shell = pty.spawn('bash', [], { cols: 80 });`,
      output: null,
      errors: [
        {
          messageId: 'noDeadlineApi',
          data: { name: 'node-pty.spawn', remedy: 'kill it from a `setTimeout` or an `abort` listener' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 50,
          suggestions: [],
        },
      ],
      name: 'node-pty without a watchdog',
    },
    {
      code: `import { execa } from 'execa';
const git = execa({ cwd: repo });
await git('git', ['status']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execa } from 'execa';
const git = execa({ cwd: repo });
await git('git', ['status'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a bound execa called',
    },
    {
      code: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
class McpClient {
  constructor() {
    this.client = new Client({ name: 'x', version: '1' });
  }
  async call(name, args) {
    return this.client.callTool({ name, arguments: args }, undefined, { timeout: 0 });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'mcpTimeoutFiresAtOnce',
          data: { name: 'Client.callTool', remedy: 'pass `timeout` or `signal`', key: 'timeout', value: '0' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: '30_000' },
              output: `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
class McpClient {
  constructor() {
    this.client = new Client({ name: 'x', version: '1' });
  }
  async call(name, args) {
    return this.client.callTool({ name, arguments: args }, undefined, { timeout: 30_000 });
  }
}`,
            },
          ],
        },
      ],
      name: 'MCP v1: instance assigned in the constructor',
    },
    {
      code: `import { spawn } from 'node:child_process';
function run(cmd: string, args: string[]) {
  spawn(cmd, args).on('exit', done);
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
function run(cmd: string, args: string[]) {
  spawn(cmd, args, { timeout: 30_000 }).on('exit', done);
}`,
            },
          ],
        },
      ],
      name: 'an argument list typed string[]',
    },
  ],
});
