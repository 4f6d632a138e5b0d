import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeTempDir, runSync } from '../integration/support/workspace';
import { AUDIT_BIN, CLEAN, FILE_A, FILE_B, makeGitProject, runAudit } from './baseline-project';

// The command's progress bar on a pseudo-terminal (util-linux `script`): stdout goes to a file, so what `script`
// copies from the terminal is stderr alone.

const CLEAR = '\x1b[1G\x1b[2K';
/** Counts ESLint#lintFiles calls in the main thread; prints `lintFiles calls: N` on stderr at exit. */
const CALL_COUNTER = path.join(__dirname, 'count-lint-calls.cjs');
/** Emits a process warning from a timer while the first lintFiles call runs. */
const WARN_MID_LINT = path.join(__dirname, 'warn-mid-lint.cjs');
const FRAME = /^\[[#-]{20}\] [0-3]\/4 (eslint\.config\.mjs|src\/[abc]\.js)$/u;

describe('async-io-audit progress', () => {
  let project: string;

  beforeAll(() => {
    project = makeGitProject('progress-cli', { 'src/a.js': FILE_A, 'src/b.js': FILE_B, 'src/c.js': CLEAN });
  });
  afterAll(() => {
    removeTempDir(project);
  });

  function onTerminal(args: readonly string[], nodeArgs: readonly string[] = []) {
    const command = [process.execPath, ...nodeArgs, AUDIT_BIN, '--format', 'json', ...args]
      .map((arg) => `'${arg}'`)
      .join(' ');
    const run = runSync('script', ['-qec', `stty cols 80; ${command} > report.json`, '/dev/null'], { cwd: project });
    expect(run.status, run.transcript).toBe(1);
    return run;
  }

  it('draws files done / total and the current file on stderr, then clears it', () => {
    const run = onTerminal([]);
    expect(run.stdout.startsWith(`${CLEAR}[--------------------] 0/4 eslint.config.mjs`), run.transcript).toBe(true);
    expect(run.stdout.endsWith(`${CLEAR}[###############-----] 3/4 src/c.js${CLEAR}`), run.transcript).toBe(true);
    const frames = run.stdout.split(CLEAR).filter((frame) => frame !== '');
    for (const frame of frames) expect(frame, run.transcript).toMatch(FRAME);
  });

  it('with workers (--concurrency 2), lints in one lintFiles call and shows one line without a count', () => {
    // --no-warnings: ESLint warns that 2 workers for 4 files cost more than they save.
    const run = onTerminal(['--concurrency', '2'], ['--no-warnings', '--require', CALL_COUNTER]);
    expect(run.stdout, run.transcript).toBe(`${CLEAR}linting 4 files in parallel…${CLEAR}lintFiles calls: 1\r\n`);
  });

  it('prints a process warning on a cleared line, then draws the line again below it', () => {
    const run = onTerminal([], ['--require', WARN_MID_LINT]);
    const frame = `${CLEAR}[--------------------] 0/4 eslint.config.mjs`;
    const warning =
      '(node:PID) MidLintWarning: a warning mid-lint\r\n' +
      '(Use `node --trace-warnings ...` to show where the warning was created)\r\n';
    const output = run.stdout.replace(/\(node:\d+\)/gu, '(node:PID)');
    expect(output.startsWith(`${frame}${CLEAR}${warning}${frame}${CLEAR}[#####`), run.transcript).toBe(true);
    expect(output.endsWith(`${CLEAR}[###############-----] 3/4 src/c.js${CLEAR}`), run.transcript).toBe(true);
  });

  it('single-threaded (--concurrency 1), lints slice by slice', () => {
    const run = onTerminal(['--concurrency', '1'], ['--require', CALL_COUNTER]);
    expect(run.stdout.endsWith(`${CLEAR}lintFiles calls: 4\r\n`), run.transcript).toBe(true);
  });

  it('is silent with --quiet and --no-progress', () => {
    expect(onTerminal(['--quiet']).stdout).toBe('');
    expect(onTerminal(['--no-progress']).stdout).toBe('');
  });

  it('is silent when stderr is not a terminal', () => {
    const run = runAudit(project, ['--format', 'json']);
    expect([run.status, run.stderr], run.transcript).toEqual([1, '']);
  });
});
