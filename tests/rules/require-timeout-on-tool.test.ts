import path from 'node:path';

import * as espree from 'espree';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../lib/rules/require-timeout-on-tool';

// TypeScript files by default (@typescript-eslint/parser); these run the rule on plain JavaScript.
const js = { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } } as const;
const js2020 = { parser: espree, parserOptions: { ecmaVersion: 2020, sourceType: 'module' } } as const;

const ruleTester = new RuleTester();

// Code from the research file's real call sites (gemini-cli, cline, continue, opencode) is named after its source.
ruleTester.run('require-timeout-on-tool', rule, {
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
    // A signal from the caller (option `signalFromCaller`), or a controller that a timer aborts.
    `import { spawn } from 'node:child_process';
async function run(cmd: string, { signal }: { signal: AbortSignal }) {
  return spawn(cmd, [], { signal });
}`,
    `async function fetchWithTimeout(url: string, timeout: number, options: RequestInit = {}) {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeout);
  try {
    return await fetch(url, { ...options, signal: controller.signal });
  } finally {
    clearTimeout(timeoutId);
  }
}`,
    `const controller = new AbortController();
setTimeout(controller.abort.bind(controller), 5000);
await fetch(url, { signal: controller.signal });`,
    `async function f() {
  const controller = new AbortController();
  const onTimeout = () => controller.abort();
  setTimeout(onTimeout, 5000);
  await fetch(url, { signal: controller.signal });
}`,
    // Watchdogs: a timer or an abort listener that kills the child.
    `import { spawn } from 'node:child_process';
function runHook(exe: string, args: string[], timeout: number) {
  const child = spawn(exe, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const timer = setTimeout(() => {
    child.kill('SIGTERM');
  }, timeout);
  child.on('close', () => clearTimeout(timer));
}`,
    `import { spawn } from 'node:child_process';
class HookProcess {
  childProcess;
  run() {
    this.childProcess = spawn(this.command, [], { shell: true });
    setTimeout(() => this.childProcess.kill('SIGTERM'), this.timeoutMs);
  }
}`,
    // The watchdog's \`this.<name>\` written other ways: parenthesised, computed, optional, with a comment inside.
    `import { spawn } from 'node:child_process';
class HookProcess {
  run() {
    this.childProcess = spawn(this.command, [], { shell: true });
    setTimeout(() => (this)['childProcess'].kill('SIGTERM'), this.timeoutMs);
  }
}`,
    `import { spawn } from 'node:child_process';
class HookProcess {
  childProcess = spawn(this.command, [], { shell: true });
  arm() {
    setTimeout(() => this?. /* the child */ childProcess?.kill('SIGTERM'), this.timeoutMs);
  }
}`,
    {
      code: `import { spawn } from 'node:child_process';
class HookProcess {
  run() {
    this.childProcess = spawn(this.command, [], { shell: true });
    setTimeout(() => this.child\\u0050rocess.kill('SIGTERM'), this.timeoutMs);
  }
}`,
      languageOptions: js,
      name: 'a watchdog through an escaped member name',
    },
    `import { spawn } from 'node:child_process';
function run(config, context, timeoutMs: number) {
  const child = spawn(config.executable, config.args, { cwd, env, detached: true });
  const killProcessTree = () => {
    child.kill();
  };
  function killAndReject(error: Error) {
    killProcessTree();
  }
  const timeout = setTimeout(() => killAndReject(new Error('timed out')), timeoutMs);
  context.signal.addEventListener('abort', () => killAndReject(new Error('aborted')));
}`,
    `import { spawn } from 'node:child_process';
function execute(command: string, abortSignal: AbortSignal) {
  const child = spawn(command, [], { shell: true });
  const abortHandler = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  abortSignal.addEventListener('abort', abortHandler, { once: true });
}`,
    `import * as pty from 'node-pty';
function start(abortSignal: AbortSignal) {
  const ptyProcess = pty.spawn(shell, args, { cols, rows });
  abortSignal.addEventListener('abort', () => ptyProcess.kill());
}`,
    `import http from 'node:http';
const req = http.request(url, { timeout: 1000 });
req.on('timeout', () => req.destroy());`,
    `import { execa } from 'execa';
const subprocess = execa('npm', ['run', 'dev']);
setTimeout(() => subprocess.kill(), 10_000);`,
    // Raced by a timer, or inside a wrapper that bounds it.
    `await Promise.race([probe(), new Promise((resolve) => setTimeout(() => resolve(false), 2000).unref())]);
async function probe() {
  return fetch(url);
}`,
    `await Promise.race([fetch(url), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);`,
    // The timer inside the executor reached through a member, a type assertion, or a parenthesised callee.
    `await Promise.race([fetch(url), new Promise((_, reject) => (globalThis.setTimeout as typeof setTimeout)(() => reject(new Error('timeout')), 2000))]);`,
    `await Promise.race([fetch(url), new Promise((_, reject) => { const run = () => (setTimeout)(reject, 2000); run(); })]);`,
    `await Promise.race([
  (async () => {
    const response = await fetch(url);
    return response.ok;
  })(),
  new Promise((resolve) => setTimeout(() => resolve(false), 2000)),
]);`,
    `async function check() {
  const response = await fetch(url);
  return response.ok;
}
await Promise.race([check(), new Promise((resolve) => setTimeout(resolve, 2000))]);`,
    `import { setTimeout as delay } from 'node:timers/promises';
const pending = fetch(url);
await Promise.race([pending, delay(5000)]);`,
    `import pTimeout from 'p-timeout';
await pTimeout(fetch(url), { milliseconds: 5000 });`,
    {
      code: `import { execa } from 'execa';
await withTimeout(execa('git', ['status']), 5000, 'git timed out');`,
      options: [{ wrappers: ['withTimeout'] }],
      name: 'wrappers: cline definitions.ts:216',
    },
    {
      code: `await this.limits.withDeadline(async () => {
  const res = await fetch(url);
  return res.json();
}, 5000);`,
      options: [{ wrappers: ['*.withDeadline'] }],
      name: 'wrappers: a function passed to a wrapper',
    },
    // Module defaults and preconfigured instances.
    `import axios from 'axios';
axios.defaults.timeout = 5000;
await axios.get(url);`,
    `import axios from 'axios';
const api = axios.create({ baseURL, timeout: 5000 });
await api.get('/users');
await api.post('/users', body);`,
    `import got from 'got';
const client = got.extend({ timeout: { request: 5000 } });
await client.get(url);`,
    `import { execa } from 'execa';
await execa({ timeout: 5000 })\`npm test\`;
const run = execa({ timeout: 10_000 });
await run\`npm run build\`;
await run('npm', ['test']);`,
    `import { $ } from 'zx';
await $({ timeout: '5s' })\`ls\`;
await $\`ls\`.nothrow().timeout('5s');`,
    `import { $ } from 'zx';
$.timeout = '30s';
await $\`npm test\`;`,
    // Long-lived or interactive children: detached and unref'd, or with the user's terminal.
    `import { spawn } from 'node:child_process';
const chromeProcess = spawn(chromePath, args, { detached: true, stdio: 'ignore' });
chromeProcess.unref();`,
    `import { spawn } from 'node:child_process';
spawn(process.execPath, [script], { detached: true, stdio: 'ignore' }).unref();`,
    `import { spawnSync } from 'node:child_process';
spawnSync(diffCommand.command, diffCommand.args, { stdio: 'inherit', shell: isWindows });`,
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
    // Long-lived children that other code stops, and handles returned to the caller: unknown.
    `import { spawn } from 'node:child_process';
class AudioRecorder {
  recProcess = null;
  start() {
    this.recProcess = spawn('rec', ['-q', '-t', 'wav', '-']);
  }
  stop() {
    this.recProcess?.kill('SIGTERM');
  }
}`,
    `import { spawn } from 'node:child_process';
class StdioClientTransport {
  async start() {
    this._process = spawn(this._serverParams.command, this._serverParams.args ?? [], { env, shell: false });
  }
  async close() {
    const processToClose = this._process;
    this._process = undefined;
    processToClose.kill();
  }
}`,
    `import { spawn } from 'node:child_process';
function spawnInContainer(dockerArgs: string[]) {
  return spawn('docker', dockerArgs, { stdio: 'pipe' });
}`,
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
    // http: a 'timeout' handler that ends the request.
    `import http from 'node:http';
const req = http.get(url, (res) => {});
req.setTimeout(5000, () => req.destroy());`,
    `import http from 'node:http';
http.get(url, { timeout: 100 }, cb).on('timeout', function () {
  this.destroy();
});`,
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
      code: `import { spawn } from 'node:child_process';
class HookProcess {
  run() {
    this.childProcess = spawn(this.command, [], { shell: true });
    setTimeout(() => other.childProcess.kill('SIGTERM'), this.timeoutMs);
    setTimeout(() => this.childProcessKiller.kill('SIGTERM'), this.timeoutMs);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
class HookProcess {
  run() {
    this.childProcess = spawn(this.command, [], { shell: true, timeout: 30_000 });
    setTimeout(() => other.childProcess.kill('SIGTERM'), this.timeoutMs);
    setTimeout(() => this.childProcessKiller.kill('SIGTERM'), this.timeoutMs);
  }
}`,
            },
          ],
        },
      ],
      name: 'a same-named member of another object, or a longer name, is no watchdog',
    },
    {
      code: `import { spawn } from 'node:child_process';
spawn(finalCommand, finalArgs, { env: finalEnv });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
spawn(finalCommand, finalArgs, { env: finalEnv, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'gemini tool-registry.ts:94, ESM named import',
    },
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
      code: `const childProcess = require('child_process');
const { promisify } = require('util');
const execAsync = promisify(childProcess.exec);
await execAsync('git log', { maxBuffer: 1024 });`,
      output: null,
      languageOptions: js,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `const childProcess = require('child_process');
const { promisify } = require('util');
const execAsync = promisify(childProcess.exec);
await execAsync('git log', { maxBuffer: 1024, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'continue util/git.ts:135, util.promisify(child_process.exec)',
    },
    {
      code: `import { exec } from 'node:child_process';
import { promisify } from 'node:util';
const execPromise = promisify(exec);
await execPromise(command, { cwd: searchPath });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
import { promisify } from 'node:util';
const execPromise = promisify(exec);
await execPromise(command, { cwd: searchPath, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'continue searchCode.ts:82',
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
      code: `import { spawnSync } from 'node:child_process';
spawnSync('security', ['default-keychain'], { encoding: 'utf8', stdio: 'pipe' });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawnSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawnSync } from 'node:child_process';
spawnSync('security', ['default-keychain'], { encoding: 'utf8', stdio: 'pipe', timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'gemini keychainService.ts:210',
    },
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
          messageId: 'noBoundValue',
          data: {
            name: 'child_process.spawn',
            key: 'timeout',
            value: '-1',
            remedy: 'use a positive number of milliseconds',
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
      code: `import { exec } from 'node:child_process';
const timeout = 0;
exec(command, { timeout });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'child_process.exec',
            key: 'timeout',
            value: '0',
            remedy: 'use a positive number of milliseconds',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
const timeout = 0;
exec(command, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a shorthand property: the suggestion spells out the key',
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
      code: `import { spawn } from 'node:child_process';
async function killTree(pid: number) {
  const killer = spawn('taskkill', ['/pid', String(pid), '/f', '/t'], { stdio: 'ignore' });
  await once(killer, 'exit');
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
async function killTree(pid: number) {
  const killer = spawn('taskkill', ['/pid', String(pid), '/f', '/t'], { stdio: 'ignore', timeout: 30_000 });
  await once(killer, 'exit');
}`,
            },
          ],
        },
      ],
      name: 'opencode bash.ts: the kill command itself has no bound',
    },
    {
      code: `import { spawn } from 'node:child_process';
function start() {
  const child = spawn(cmd, args, { cwd });
  child.on('close', () => clearTimeout(timer));
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
function start() {
  const child = spawn(cmd, args, { cwd, timeout: 30_000 });
  child.on('close', () => clearTimeout(timer));
}`,
            },
          ],
        },
      ],
      name: 'a close listener is no watchdog',
    },
    {
      code: `import { spawn } from 'node:child_process';
const options = { cwd };
spawn('make', [], options);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
const options = { cwd };
spawn('make', [], { ...options, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'options in a const: the fix spreads them',
    },
    {
      code: `import { exec } from 'node:child_process';
exec(cmd, {
  cwd,
  env,
}, done);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, {
  cwd,
  env,
  timeout: 30_000,
}, done);`,
            },
          ],
        },
      ],
      name: 'multi-line options keep their trailing comma',
    },
    {
      code: `import { exec } from 'node:child_process';
exec(cmd, { cwd, }, done);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
exec(cmd, { cwd, timeout: 30_000, }, done);`,
            },
          ],
        },
      ],
      name: 'one-line options keep their trailing comma',
    },
    {
      code: `import { execFile } from 'node:child_process';
execFile('git', ['fetch'], /* keep */ (error) => {});`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: {
            name: 'child_process.execFile',
            remedy: 'pass `timeout` or `signal`, or kill the child from a timer',
          },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFile } from 'node:child_process';
execFile('git', ['fetch'], /* keep */ { timeout: 30_000 }, (error) => {});`,
            },
          ],
        },
      ],
      name: 'comment before the callback survives',
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
      code: `await Promise.race([fetch(url), new Promise((resolve) => { const later = setTimeout; resolve(later); })]);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `await Promise.race([fetch(url, { signal: AbortSignal.timeout(30_000) }), new Promise((resolve) => { const later = setTimeout; resolve(later); })]);`,
            },
          ],
        },
      ],
      name: 'an executor that names setTimeout without calling it is no timer',
    },
    {
      code: `const response = await fetch(url);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'gemini whisperModelManager.ts:66',
    },
    {
      code: `await fetch(CLEARCUT_URL, { method: 'POST', body, headers });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'fetch', remedy: 'pass `signal: AbortSignal.timeout(ms)`' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'signal: AbortSignal.timeout(30_000)' },
              output: `await fetch(CLEARCUT_URL, { method: 'POST', body, headers, signal: AbortSignal.timeout(30_000) });`,
            },
          ],
        },
      ],
      name: 'gemini clearcut-logger.ts:557',
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
      code: `import { request } from 'undici';
await request(url, { headersTimeout: 0 });`,
      output: null,
      errors: [
        {
          messageId: 'noBoundValue',
          data: {
            name: 'undici.request',
            remedy: 'remove it or use a positive number of milliseconds',
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
await axios.post(url);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'axios.post', remedy: 'pass `timeout` or `signal`' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import axios from 'axios';
await axios.post(url, undefined, { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'axios.post without data: the fix fills it with undefined',
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
          data: { name: 'ky.get', remedy: 'remove it or use a number of milliseconds', key: 'timeout', value: 'false' },
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
await execa('git', ['rev-parse', '--git-dir'], { cwd: dirPath });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execa } from 'execa';
await execa('git', ['rev-parse', '--git-dir'], { cwd: dirPath, timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'cline WorkspaceRootManager.ts:72',
    },
    {
      code: `import { execa } from 'execa';
await execa('which', ['xdg-user-dir']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'execa', remedy: 'pass `timeout` or `cancelSignal`, or kill the child from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execa } from 'execa';
await execa('which', ['xdg-user-dir'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'cline documents-path.ts:24',
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
      code: `import { $ } from 'zx';
await $({ cwd: root })\`npm test\`;`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: '$', remedy: 'use `$({ timeout })` or `.timeout()`, or kill the process from a timer' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { $ } from 'zx';
await $({ cwd: root, timeout: 30_000 })\`npm test\`;`,
            },
          ],
        },
      ],
      name: 'a factory called at the tag: the bound goes into its options',
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
      code: `await Bun.$\`realpath \${arg}\`.quiet().nothrow().text();`,
      output: null,
      errors: [
        {
          messageId: 'noDeadlineApi',
          data: { name: 'Bun.$', remedy: 'kill it from a `setTimeout` or an `abort` listener' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 29,
          suggestions: [],
        },
      ],
      name: 'opencode bash.ts (Bun shell): no option exists',
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
      code: `import { spawn } from 'node:child_process';
class DiscoveredTool {
  async execute({ abortSignal: _signal, updateOutput: _updateOutput }) {
    const child = spawn(finalCommand, finalArgs, { env: finalEnv });
    return child;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'signalDropped',
          data: { name: 'child_process.spawn', signal: '_signal', key: 'signal', pass: 'signal: _signal' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'passSignal',
              data: { text: 'signal: _signal' },
              output: `import { spawn } from 'node:child_process';
class DiscoveredTool {
  async execute({ abortSignal: _signal, updateOutput: _updateOutput }) {
    const child = spawn(finalCommand, finalArgs, { env: finalEnv, signal: _signal });
    return child;
  }
}`,
            },
          ],
        },
      ],
      name: 'gemini tool-registry.ts:61: the signal is discarded',
    },
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
      code: `import { spawn } from 'node:child_process';
function discover() {
  const proc = spawn(finalCommand, finalArgs, { env: finalEnv });
  proc.stdout.on('data', (data) => {
    if (size > MAX) proc.kill();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
function discover() {
  const proc = spawn(finalCommand, finalArgs, { env: finalEnv, timeout: 30_000 });
  proc.stdout.on('data', (data) => {
    if (size > MAX) proc.kill();
  });
}`,
            },
          ],
        },
      ],
      name: 'gemini tool-registry.ts:403: a kill for an output cap is no deadline',
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
    {
      code: `import { spawn } from 'node:child_process';
spawn('ls', [], { cwd /* why */ });`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.spawn', remedy: 'pass `timeout` or `signal`, or kill the child from a timer' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';
spawn('ls', [], { cwd, timeout: 30_000 /* why */ });`,
            },
          ],
        },
      ],
      name: 'a comment after the last property stays',
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

/** Lints one call with the rule configured with `options`; throws when ESLint rejects the configuration. */
function lintWith(options: unknown): void {
  new Linter({ configType: 'flat' }).verify('run()', [
    {
      plugins: { 'async-io': { rules: { 'require-timeout-on-tool': rule } } },
      rules: { 'async-io/require-timeout-on-tool': ['error', options] },
    },
  ] as never);
}

describe('require-timeout-on-tool options schema', () => {
  it('accepts the configuration of the issue', () => {
    expect(() => {
      lintWith({ tools: [{ callee: '*.executeTool', argument: 2, keys: ['timeoutMs', 'signal'] }] });
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
      lintWith(options);
    }).toThrow(message);
  });
});

// With type information, an argument list held in a variable is told apart from an options object by its type.
new RuleTester({
  languageOptions: {
    parserOptions: {
      project: './tsconfig.json',
      tsconfigRootDir: path.join(__dirname, '../fixtures/require-timeout-on-tool'),
    },
  },
}).run('require-timeout-on-tool with type information', rule, {
  valid: [
    `import { spawn } from 'node:child_process';\ndeclare function settings(): { cwd: string };\nspawn('make', settings());`,
  ],
  invalid: [
    {
      code: `import { spawn } from 'node:child_process';\ndeclare function argumentsOf(task: string): string[];\nspawn('make', argumentsOf('build'));`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { spawn } from 'node:child_process';\ndeclare function argumentsOf(task: string): string[];\nspawn('make', argumentsOf('build'), { timeout: 30_000 });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { execFile } from 'node:child_process';\nfunction run(file: string, options: { args: string[]; onDone: (error: Error | null) => void }) {\n  execFile(file, options.args, options.onDone);\n}`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFile } from 'node:child_process';\nfunction run(file: string, options: { args: string[]; onDone: (error: Error | null) => void }) {\n  execFile(file, options.args, { timeout: 30_000 }, options.onDone);\n}`,
            },
          ],
        },
      ],
    },
  ],
});
