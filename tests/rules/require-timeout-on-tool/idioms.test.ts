import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { js, runWithData } from '../../rule-tester';

// Idioms outside the options that bound a run: signals, watchdogs, races, wrappers, long-lived children.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
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
    // http: a 'timeout' handler that ends the request.
    `import http from 'node:http';
const req = http.get(url, (res) => {});
req.setTimeout(5000, () => req.destroy());`,
    `import http from 'node:http';
http.get(url, { timeout: 100 }, cb).on('timeout', function () {
  this.destroy();
});`,
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
  ],
});
