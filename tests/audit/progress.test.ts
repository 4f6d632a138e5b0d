import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createProgress, frameText, type ProgressStream } from '../../lib/audit/progress';
import { REPO_ROOT, runSync } from '../integration/support/workspace';

// The progress bar: its frames on a fake terminal, then the real thing on a pseudo-terminal (util-linux `script`).

/** What readline's cursorTo(stream, 0) and clearLine(stream, 0) write: to column 1, erase the line. */
const CLEAR = '\x1b[1G\x1b[2K';

function fakeTerminal(columns: number | undefined, isTTY = true) {
  const writes: string[] = [];
  const stream: ProgressStream = {
    isTTY,
    columns,
    write(text) {
      writes.push(text);
      return true;
    },
  };
  return { stream, output: () => writes.join('') };
}

describe('frameText', () => {
  it('draws the bar, files done / total, and the current file', () => {
    expect(frameText(0, 4, 'src/a.ts', 80)).toBe('[--------------------] 0/4 src/a.ts');
    expect(frameText(1, 4, 'src/b.ts', 80)).toBe('[#####---------------] 1/4 src/b.ts');
    expect(frameText(3, 3, 'src/c.ts', 80)).toBe('[####################] 3/3 src/c.ts');
    expect(frameText(7, null, 'src/c.ts', 80)).toBe('7 files src/c.ts');
    expect(frameText(0, 0, 'x', 80)).toBe('[####################] 0/0 x');
  });

  it('fits the line in the terminal, cutting the start of a long file name', () => {
    const frame = frameText(1, 4, 'packages/server/src/tools/run-shell.ts', 40);
    expect(frame).toBe('[#####---------------] 1/4 …un-shell.ts');
    expect(frame).toHaveLength(39);
    expect(frameText(1, 4, 'src/a.ts', 20)).toBe('[#####-------------');
  });
});

describe('createProgress', () => {
  it('clears the line before a process warning is printed, then draws the frame again below it', async () => {
    const terminal = fakeTerminal(60);
    const warnings = new EventEmitter();
    // Node's own listener, registered before any of ours: it prints the warning on its own lines.
    warnings.on('warning', () => terminal.stream.write('(node:1) SomeWarning: text\n'));
    const progress = createProgress({ stream: terminal.stream, intervalMs: 0, warnings });
    progress.start(2);
    progress.tick('src/a.ts');
    warnings.emit('warning');
    await Promise.resolve();
    progress.tick('src/b.ts');
    progress.finish();
    expect(terminal.output()).toBe(
      `${CLEAR}[--------------------] 0/2 src/a.ts${CLEAR}(node:1) SomeWarning: text\n` +
        `${CLEAR}[--------------------] 0/2 src/a.ts${CLEAR}[##########----------] 1/2 src/b.ts${CLEAR}`,
    );
    expect(warnings.listenerCount('warning')).toBe(1);
  });

  it('leaves a warning after the end alone', async () => {
    const terminal = fakeTerminal(60);
    const warnings = new EventEmitter();
    const progress = createProgress({ stream: terminal.stream, intervalMs: 0, warnings });
    progress.start(1);
    progress.say('linting 1 file in parallel…');
    progress.finish();
    warnings.emit('warning');
    await Promise.resolve();
    expect(terminal.output()).toBe(`${CLEAR}linting 1 file in parallel…${CLEAR}`);
  });

  it('redraws one line in place, then clears it', () => {
    const terminal = fakeTerminal(60);
    const progress = createProgress({ stream: terminal.stream, intervalMs: 0 });
    expect(progress.active).toBe(true);
    progress.start(2);
    progress.tick('src/a.ts');
    progress.tick('src/b.ts');
    progress.finish();
    expect(terminal.output()).toBe(
      `${CLEAR}[--------------------] 0/2 src/a.ts${CLEAR}[##########----------] 1/2 src/b.ts${CLEAR}`,
    );
  });

  it('draws at most one frame an interval, and always the last file', () => {
    const terminal = fakeTerminal(60);
    let time = 1000;
    const progress = createProgress({ stream: terminal.stream, intervalMs: 100, now: () => time });
    progress.start(4);
    progress.tick('a');
    time += 50;
    progress.tick('b');
    time += 60;
    progress.tick('c');
    time += 1;
    progress.tick('d');
    progress.finish();
    const frames = terminal
      .output()
      .split(CLEAR)
      .filter((frame) => frame !== '');
    expect(frames).toEqual([
      '[--------------------] 0/4 a',
      '[##########----------] 2/4 c',
      '[###############-----] 3/4 d',
    ]);
  });

  it('assumes 80 columns when the terminal reports none', () => {
    const terminal = fakeTerminal(0);
    const progress = createProgress({ stream: terminal.stream });
    progress.start(1);
    progress.tick(`src/${'x'.repeat(100)}.ts`);
    expect(terminal.output().replace(CLEAR, '')).toHaveLength(79);
  });

  it('is silent off a terminal, with --quiet, or with --no-progress; --progress draws on a pipe', () => {
    const silent = [
      createProgress({ stream: fakeTerminal(80, false).stream }),
      createProgress({ stream: fakeTerminal(80).stream, quiet: true }),
      createProgress({ stream: fakeTerminal(80).stream, enabled: false }),
      createProgress({ stream: fakeTerminal(80).stream, quiet: true, enabled: true }),
    ];
    for (const progress of silent) expect(progress.active).toBe(false);
    const pipe = fakeTerminal(80, false);
    const forced = createProgress({ stream: pipe.stream, enabled: true });
    forced.start(1);
    forced.tick('a');
    forced.finish();
    expect(pipe.output()).toBe(`${CLEAR}[--------------------] 0/1 a${CLEAR}`);
  });

  it('clears nothing when it drew nothing', () => {
    const terminal = fakeTerminal(80);
    const progress = createProgress({ stream: terminal.stream });
    progress.start(0);
    progress.finish();
    expect(terminal.output()).toBe('');
  });
});

// On a pseudo-terminal, through the built module: `script` gives the program a terminal for stdin, stdout and
// stderr, and copies what the terminal shows to its own stdout (newlines as CR LF).
describe('on a pseudo-terminal', () => {
  const driver = path.join(__dirname, 'progress-driver.cjs');
  const built = path.join(REPO_ROOT, 'dist/audit/progress.js');
  const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

  function onTerminal(args: readonly string[]) {
    const command = ['stty cols 50 rows 10;', process.execPath, driver, built, ...args].map((a, i) =>
      i === 0 ? a : quote(a),
    );
    return runSync('script', ['-qec', command.join(' '), '/dev/null'], { cwd: REPO_ROOT });
  }

  it('draws each file on one line in place, then clears it before the output', () => {
    const run = onTerminal(['src/a.ts', 'src/tools/b.ts', 'src/very/long/path/to/a/module/c.ts']);
    expect(run.status, run.transcript).toBe(0);
    expect(run.stdout).toBe(
      [
        `${CLEAR}[--------------------] 0/3 src/a.ts`,
        `${CLEAR}[#######-------------] 1/3 src/tools/b.ts`,
        `${CLEAR}[#############-------] 2/3 …path/to/a/module/c.ts`,
        `${CLEAR}linted 3\r\n`,
      ].join(''),
    );
  });

  it('is silent with --quiet', () => {
    const run = onTerminal(['--quiet', 'src/a.ts']);
    expect(run.status, run.transcript).toBe(0);
    expect(run.stdout).toBe('linted 1\r\n');
  });

  it('is silent when stderr is not a terminal', () => {
    const run = spawnSync(process.execPath, [driver, built, 'src/a.ts'], { encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, 'linted 1\n', '']);
  });
});
