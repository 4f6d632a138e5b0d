import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { BaselineError } from '../../lib/audit/baseline';
import { runBaselineStep } from '../../lib/audit/baselineRun';
import { makeTempDir, removeTempDir } from '../integration/support/workspace';
import { SYNC_FS, TIMEOUT } from './baseline-project';

// The command's baseline step: the first run writes the file, later runs are judged by it, `--prune` lowers it.

let dir: string;
const file = () => path.join(dir, 'eslint-suppressions.json');

function results(counts: Record<string, Record<string, number>>): ESLint.LintResult[] {
  return Object.entries(counts).map(([name, rules]) => {
    const messages = Object.entries(rules).flatMap(([ruleId, count]) =>
      Array.from({ length: count }, (_, line) => ({ ruleId, severity: 2, message: 'm', line: line + 1, column: 1 })),
    ) as Linter.LintMessage[];
    writeFileSync(path.join(dir, name), '');
    return {
      filePath: path.join(dir, name),
      messages,
      suppressedMessages: [],
      errorCount: messages.length,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}

beforeEach(() => {
  dir = makeTempDir('baseline-step');
});
afterEach(() => {
  removeTempDir(dir);
});

describe('runBaselineStep', () => {
  it('writes the baseline when there is none, with every finding within it', async () => {
    const outcome = await runBaselineStep(results({ 'a.js': { [SYNC_FS]: 2, [TIMEOUT]: 1 }, 'b.js': {} }), {
      cwd: dir,
      prune: false,
    });
    expect(outcome.lines).toEqual(['baseline written: eslint-suppressions.json, 3 findings in 1 file']);
    expect(outcome.above).toEqual([]);
    expect(outcome.results.map((result) => result.errorCount)).toEqual([0, 0]);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({
      'a.js': { [SYNC_FS]: { count: 2 }, [TIMEOUT]: { count: 1 } },
    });
  });

  it('fails on findings above it, naming each file and rule, and offers --prune when it can shrink', async () => {
    await runBaselineStep(results({ 'a.js': { [SYNC_FS]: 2, [TIMEOUT]: 1 } }), { cwd: dir, prune: false });
    const before = readFileSync(file(), 'utf8');
    const outcome = await runBaselineStep(results({ 'a.js': { [SYNC_FS]: 3 }, 'c.js': { [TIMEOUT]: 1 } }), {
      cwd: dir,
      prune: false,
    });
    expect(outcome.above.map((delta) => [delta.file, delta.ruleId])).toEqual([
      ['a.js', SYNC_FS],
      ['c.js', TIMEOUT],
    ]);
    expect(outcome.lines).toEqual([
      'findings above the baseline eslint-suppressions.json, in 2 files and rules:',
      `  a.js: ${SYNC_FS} 3 (baseline 2, +1)`,
      `  c.js: ${TIMEOUT} 1 (baseline 0, +1)`,
      'the baseline eslint-suppressions.json can shrink; run with --prune to lower it:',
      `  a.js: ${TIMEOUT} 0 (baseline 1, -1)`,
    ]);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('passes within it, and --prune lowers it to the run', async () => {
    await runBaselineStep(results({ 'a.js': { [SYNC_FS]: 2, [TIMEOUT]: 1 } }), { cwd: dir, prune: false });
    const shrunk = results({ 'a.js': { [SYNC_FS]: 1 } });
    const passing = await runBaselineStep(shrunk, { cwd: dir, prune: false });
    expect(passing.above).toEqual([]);
    expect(passing.lines[0]).toBe('the baseline eslint-suppressions.json can shrink; run with --prune to lower it:');
    const pruned = await runBaselineStep(shrunk, { cwd: dir, prune: true });
    expect(pruned.lines).toEqual(['baseline pruned: eslint-suppressions.json, 2 entries lowered or removed']);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ 'a.js': { [SYNC_FS]: { count: 1 } } });
    const again = await runBaselineStep(shrunk, { cwd: dir, prune: true });
    expect(again.lines).toEqual(['baseline eslint-suppressions.json has nothing to prune']);
  });

  it('will not prune a baseline that does not exist, nor read one that is broken', async () => {
    const step = runBaselineStep(results({ 'a.js': { [SYNC_FS]: 1 } }), { cwd: dir, prune: true });
    await expect(step).rejects.toThrow(BaselineError);
    await expect(step).rejects.toThrow(`the baseline ${file()} does not exist; write it with --baseline`);
    expect(existsSync(file())).toBe(false);
    writeFileSync(file(), '{');
    await expect(runBaselineStep([], { cwd: dir, prune: false })).rejects.toThrow(/is not valid JSON/);
  });
});
