import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';

import rule from '../../../lib/rules/require-timeout-on-tool';
import { lintWithOptions, runWithData } from '../../rule-tester';

// Option `localCommands`: literal commands of local, read-only programs that answer at once are left alone.
const CP_REMEDY = 'pass `timeout` or `signal`, or kill the child from a timer';
const EXECA_REMEDY = 'pass `timeout` or `cancelSignal`, or kill the child from a timer';

runWithData(new RuleTester(), 'require-timeout-on-tool', rule, {
  valid: [
    {
      code: `import { exec, execSync, execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
exec('which git', (error, stdout) => {});
execSync('command -v code', { stdio: 'ignore' });
execFile('git', ['rev-parse', '--show-toplevel'], { cwd }, callback);
execFileSync('git', ['config', '--get', 'user.email'], { encoding: 'utf8' });
execFileSync('git', ['config', '--get-all', 'remote.origin.fetch']);
spawnSync('where', ['node']);
execFileSync('where.exe', ['node']);
await promisify(exec)('git symbolic-ref --short HEAD');`,
      name: 'child_process: PATH look-ups and git plumbing with literal arguments',
    },
    {
      code: `import { execa, execaSync, $ } from 'execa';
import { $ as zx } from 'zx';
await execa('git', ['rev-parse', '--git-dir'], { cwd: dirPath });
execaSync('/usr/bin/git', ['remote', 'get-url', 'origin']);
await $\`which rg\`;
await execa\`git rev-parse HEAD\`;
await zx\`command -v docker\`;
Bun.spawn(['which', 'bun']);
Bun.spawnSync({ cmd: ['git', 'rev-parse', 'HEAD'] });
await Bun.$\`which node\`;`,
      name: 'execa, zx and Bun: argument lists and templates without expressions',
    },
    {
      code: `import { execFileSync, execSync } from 'node:child_process';
const GIT_ARGS = ['symbolic-ref', '--short', 'HEAD'] as const;
const WHICH = 'which python3';
const options = { encoding: 'utf8' };
execFileSync('git', GIT_ARGS);
execSync(WHICH);
execFileSync('which', ['python3'], options);`,
      name: 'a const holding the command, the argument list or the options',
    },
    {
      code: `import { execa } from 'execa';
export const tool = {
  async execute(input, { abortSignal }) {
    return execa('git', ['rev-parse', 'HEAD']);
  },
};`,
      name: 'a local command needs no signal to cancel it',
    },
    {
      code: `import { execFile } from 'node:child_process';
import { execa } from 'execa';
execFile('uname', ['-a']);
await execa('git', ['ls-files', '-z']);
await execa('which', ['git']);`,
      options: [{ localCommands: { add: ['uname', 'git ls-files'] } }],
      name: 'localCommands.add extends the built-in set',
    },
  ],
  invalid: [
    {
      code: `import { exec } from 'node:child_process';
exec('which git | head -1');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: CP_REMEDY },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
exec('which git | head -1', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a shell metacharacter makes it another command',
    },
    {
      code: `import { execSync } from 'node:child_process';
execSync(\`which \${name}\`);
execSync('which $EDITOR');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execSync } from 'node:child_process';
execSync(\`which \${name}\`, { timeout: 30_000 });
execSync('which $EDITOR');`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execSync', remedy: 'pass `timeout`' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execSync } from 'node:child_process';
execSync(\`which \${name}\`);
execSync('which $EDITOR', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'an interpolated value or a shell variable is no literal',
    },
    {
      code: `import { execFileSync } from 'node:child_process';
execFileSync('git', ['rev-parse', ref]);
execFileSync('git', ['fetch', 'origin']);
execFileSync('git', ['config', 'user.name']);`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execFileSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFileSync } from 'node:child_process';
execFileSync('git', ['rev-parse', ref], { timeout: 30_000 });
execFileSync('git', ['fetch', 'origin']);
execFileSync('git', ['config', 'user.name']);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execFileSync', remedy: 'pass `timeout`' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFileSync } from 'node:child_process';
execFileSync('git', ['rev-parse', ref]);
execFileSync('git', ['fetch', 'origin'], { timeout: 30_000 });
execFileSync('git', ['config', 'user.name']);`,
            },
          ],
        },
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execFileSync', remedy: 'pass `timeout`' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFileSync } from 'node:child_process';
execFileSync('git', ['rev-parse', ref]);
execFileSync('git', ['fetch', 'origin']);
execFileSync('git', ['config', 'user.name'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'a variable argument, a subcommand that uses the network, a config form that may write',
    },
    {
      code: `import { fork } from 'node:child_process';
fork('which');`,
      output: null,
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.fork', remedy: CP_REMEDY },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { fork } from 'node:child_process';
fork('which', { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'fork runs a Node module, not a program',
    },
    {
      code: `import { execa } from 'execa';
await execa('git', ['rev-parse', 'HEAD'], { signal });`,
      output: null,
      errors: [
        {
          messageId: 'execaSignalRenamed',
          data: { name: 'execa', remedy: EXECA_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'replaceBound',
              data: { text: 'cancelSignal: signal' },
              output: `import { execa } from 'execa';
await execa('git', ['rev-parse', 'HEAD'], { cancelSignal: signal });`,
            },
          ],
        },
      ],
      name: 'a key that makes the call throw is still reported',
    },
    {
      code: `import { execFileSync } from 'node:child_process';
execFileSync('git', ['rev-parse', 'HEAD']);`,
      output: null,
      options: [{ strict: true }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.execFileSync', remedy: 'pass `timeout`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { execFileSync } from 'node:child_process';
execFileSync('git', ['rev-parse', 'HEAD'], { timeout: 30_000 });`,
            },
          ],
        },
      ],
      name: 'strict reports local commands',
    },
    {
      code: `import { exec } from 'node:child_process';
exec('which git');
exec('uname -a');`,
      output: null,
      options: [{ localCommands: { builtIn: false, add: ['uname'] } }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { name: 'child_process.exec', remedy: CP_REMEDY },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addBound',
              data: { text: 'timeout: 30_000' },
              output: `import { exec } from 'node:child_process';
exec('which git', { timeout: 30_000 });
exec('uname -a');`,
            },
          ],
        },
      ],
      name: 'builtIn: false empties the built-in set, add still counts',
    },
  ],
});

describe('option localCommands: the schema', () => {
  it.each([
    [{ localCommands: { add: ['git; rm -rf /'] } }, /should match pattern/u],
    [{ localCommands: { add: ['git  status'] } }, /should match pattern/u],
    [{ localCommands: { add: 'uname' } }, /should be array/u],
    [{ localCommands: { builtIn: 'no' } }, /should be boolean/u],
    [{ localCommands: { remove: ['which'] } }, /should NOT have additional properties/u],
  ])('rejects %j when the configuration loads', (options, message) => {
    expect(() => {
      lintWithOptions('require-timeout-on-tool', rule, options, 'run()');
    }).toThrow(message);
  });

  it('accepts program names with paths, dots and flags', () => {
    expect(() => {
      lintWithOptions('require-timeout-on-tool', rule, {
        localCommands: { add: ['node --version', 'git.exe ls-files'] },
      });
    }).not.toThrow();
  });
});
