import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createProgress, type ProgressStream } from '../../lib/audit/progress';
import { lintsInSlices, MAX_STEPS, observeLint, slicesOf } from '../../lib/audit/progressLint';
import { removeTempDir } from '../integration/support/workspace';
import { CLEAN, FILE_A, FILE_B, makeProject } from './baseline-project';

// The bar on ESLint's Node API: the same results as one lintFiles call, with a frame per slice of files.

const CLEAR = '\x1b[1G\x1b[2K';

function terminal() {
  const writes: string[] = [];
  const stream: ProgressStream = {
    isTTY: true,
    columns: 80,
    write(text) {
      writes.push(text);
      return true;
    },
  };
  return {
    stream,
    frames: () =>
      writes
        .join('')
        .split(CLEAR)
        .filter((frame) => frame !== ''),
  };
}

const summary = (results: readonly ESLint.LintResult[]) =>
  results.map((result) => [result.filePath, result.messages.map((message) => `${message.line}:${message.ruleId}`)]);

describe('slicesOf', () => {
  it('cuts a list of files into at most MAX_STEPS even slices, in order', () => {
    const files = Array.from({ length: 250 }, (_, index) => `f${index}.js`);
    const slices = slicesOf(files, true);
    expect(slices.length).toBeLessThanOrEqual(MAX_STEPS);
    expect(slices.map((slice) => slice.length)).toEqual([...Array.from({ length: 83 }, () => 3), 1]);
    expect(slices.flat()).toEqual(files);
    expect(slicesOf(['a.js', 'b.js'], true)).toEqual([['a.js'], ['b.js']]);
    expect(slicesOf(['src', 'lib/*.js'], false)).toEqual([['src'], ['lib/*.js']]);
  });
});

describe('lintsInSlices', () => {
  it('slices only a single-threaded run: with workers, each lintFiles call would start them anew', () => {
    expect([null, 'off', 1].map((concurrency) => lintsInSlices(concurrency as never))).toEqual([true, true, true]);
    expect([2, 8, 'auto'].map((concurrency) => lintsInSlices(concurrency as never))).toEqual([false, false, false]);
  });
});

describe('observeLint', () => {
  let project: string;
  const files = ['src/a.js', 'src/b.js', 'src/c.js'];

  beforeAll(() => {
    project = makeProject('progress-lint', { 'src/a.js': FILE_A, 'src/b.js': FILE_B, 'src/c.js': CLEAN });
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('leaves the instance alone when the bar is off', () => {
    const eslint = new ESLint({ cwd: project });
    expect(observeLint(eslint, { progress: createProgress({ enabled: false }), cwd: project, sliced: true })).toBe(
      eslint,
    );
  });

  it("tells ESLint's own results without a bar", async () => {
    const eslint = new ESLint({ cwd: project });
    const told: ESLint.LintResult[][] = [];
    const progress = createProgress({ enabled: false });
    const observed = observeLint(eslint, {
      progress,
      cwd: project,
      sliced: true,
      onResults: (results) => told.push(results),
    });
    const results = await observed.lintFiles('src');
    expect(told).toEqual([results]);
    expect(summary(results)).toEqual(summary(await eslint.lintFiles(['src'])));
  });

  it('lints a list of files slice by slice, showing files done / total, with the same results', async () => {
    const eslint = new ESLint({ cwd: project });
    const expected = summary(await eslint.lintFiles(files));
    const screen = terminal();
    const progress = createProgress({ stream: screen.stream, intervalMs: 0 });
    const tracked = observeLint(eslint, { progress, cwd: project, sliced: true });
    const results = await tracked.lintFiles(files);
    expect(summary(results)).toEqual(expected);
    expect(screen.frames()).toEqual([
      '[--------------------] 0/3 src/a.js',
      '[#######-------------] 1/3 src/b.js',
      '[#############-------] 2/3 src/c.js',
    ]);
    // The other methods are the instance's own: it knows the results came from it.
    expect(Object.keys(tracked.getRulesMetaForResults(results)).sort()).toEqual([
      'async-io/no-sync-fs-in-async',
      'async-io/require-timeout-on-tool',
    ]);
  });

  it('lints directories one a call, counting the files ESLint found', async () => {
    const eslint = new ESLint({ cwd: project });
    const expected = summary(await eslint.lintFiles(['src']));
    const screen = terminal();
    const progress = createProgress({ stream: screen.stream, intervalMs: 0 });
    const tracked = observeLint(eslint, { progress, cwd: project, sliced: true });
    const results = await tracked.lintFiles(['src', 'src/a.js']);
    expect(summary(results)).toEqual(expected);
    expect(screen.frames()).toEqual(['0 files src', '3 files src/a.js']);
  });

  it('lints in one call when not sliced, with one line and no count', async () => {
    const eslint = new ESLint({ cwd: project });
    const expected = summary(await eslint.lintFiles(files));
    const calls: string[][] = [];
    const counted = {
      lintFiles: (patterns: string | string[]) => {
        calls.push([patterns].flat());
        return eslint.lintFiles(patterns);
      },
    };
    const screen = terminal();
    const progress = createProgress({ stream: screen.stream, intervalMs: 0 });
    const tracked = observeLint(counted, { progress, cwd: project, sliced: false });
    expect(summary(await tracked.lintFiles(files))).toEqual(expected);
    expect(calls).toEqual([files]);
    expect(screen.frames()).toEqual(['linting 3 files in parallel…']);
    await tracked.lintFiles(['src']);
    expect(calls).toEqual([files, ['src']]);
    expect(screen.frames()).toEqual(['linting 3 files in parallel…', 'linting src in parallel…']);
  });
});
