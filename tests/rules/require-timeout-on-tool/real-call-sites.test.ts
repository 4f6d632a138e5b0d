import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { js, runWithData } from '../../rule-tester';

// Calls as written in open-source agents, each named after its source file.
runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [],
  invalid: [
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
      code: `import { execa } from 'execa';
await execa('git', ['rev-parse', '--git-dir'], { cwd: dirPath });`,
      output: null,
      // A local command: reported under strict only (option localCommands).
      options: [{ strict: true }],
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
      name: 'cline WorkspaceRootManager.ts:72 under strict',
    },
    {
      code: `import { execa } from 'execa';
await execa('which', ['xdg-user-dir']);`,
      output: null,
      options: [{ strict: true }],
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
      name: 'cline documents-path.ts:24 under strict',
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
  ],
});
