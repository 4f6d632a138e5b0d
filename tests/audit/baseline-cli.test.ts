import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeTempDir } from '../integration/support/workspace';
import { CLEAN, FILE_A, FILE_B, makeGitProject, runAudit, runEslint, SYNC_FS, writeFiles } from './baseline-project';

// `async-io-audit --baseline` and `--prune` on a git project, with ESLint's CLI reading the same file: the same
// outcome within the baseline and above it; below it the audit passes and offers --prune where ESLint exits 2.

const BASELINE = 'eslint-suppressions.json';

describe('async-io-audit --baseline', () => {
  let project: string;
  const baselineText = () => readFileSync(path.join(project, BASELINE), 'utf8');

  beforeAll(() => {
    project = makeGitProject('baseline-cli', { 'src/a.js': FILE_A, 'src/b.js': FILE_B, 'src/c.js': CLEAN });
  });
  afterAll(() => {
    removeTempDir(project);
  });

  it('fails on findings when not asked to use a baseline', () => {
    const run = runAudit(project, []);
    expect(run.status, run.transcript).toBe(1);
  });

  it('writes the baseline on its first run, byte for byte what `eslint --suppress-all` writes', () => {
    const run = runAudit(project, ['--baseline']);
    expect(run.status, run.transcript).toBe(0);
    expect(run.stderr).toBe('async-io-audit: baseline written: eslint-suppressions.json, 4 findings in 2 files\n');
    const eslint = runEslint(project, ['--suppress-all', '--suppressions-location', 'eslint-written.json']);
    expect(eslint.status, eslint.transcript).toBe(0);
    expect(baselineText()).toBe(readFileSync(path.join(project, 'eslint-written.json'), 'utf8'));
    rmSync(path.join(project, 'eslint-written.json'));
  });

  it('passes within the baseline, as ESLint does', () => {
    const run = runAudit(project, ['--baseline']);
    expect([run.status, run.stderr], run.transcript).toEqual([0, '']);
    const eslint = runEslint(project, ['--suppressions-location', BASELINE]);
    expect(eslint.status, eslint.transcript).toBe(0);
  });

  it('fails above the baseline, naming the file and rule, as ESLint does', () => {
    writeFiles(project, { 'src/b.js': `${FILE_B}export async function again(p) {\n  return statSync(p);\n}\n` });
    const before = baselineText();
    const run = runAudit(project, ['--baseline']);
    expect(run.status, run.transcript).toBe(1);
    expect(run.stderr).toBe(
      [
        'async-io-audit: findings above the baseline eslint-suppressions.json, in 1 file and rule:',
        `async-io-audit:   src/b.js: ${SYNC_FS} 2 (baseline 1, +1)`,
        '',
      ].join('\n'),
    );
    expect(baselineText()).toBe(before);
    const eslint = runEslint(project, ['--suppressions-location', BASELINE]);
    expect(eslint.status, eslint.transcript).toBe(1);
    writeFiles(project, { 'src/b.js': FILE_B });
  });

  it('passes below the baseline and offers --prune, which lowers it until ESLint passes too', () => {
    writeFiles(project, { 'src/a.js': FILE_A.replace("  fs.writeFileSync(p + '.bak', a);\n", '') });
    const run = runAudit(project, ['--baseline']);
    expect(run.status, run.transcript).toBe(0);
    expect(run.stderr).toBe(
      [
        'async-io-audit: the baseline eslint-suppressions.json can shrink; run with --prune to lower it:',
        `async-io-audit:   src/a.js: ${SYNC_FS} 1 (baseline 2, -1)`,
        '',
      ].join('\n'),
    );
    expect(runEslint(project, ['--suppressions-location', BASELINE]).status).toBe(2);

    const pruned = runAudit(project, ['--prune']);
    expect([pruned.status, pruned.stderr], pruned.transcript).toEqual([
      0,
      'async-io-audit: baseline pruned: eslint-suppressions.json, 1 entry lowered or removed\n',
    ]);
    expect(JSON.parse(baselineText())).toEqual({
      'src/a.js': { [SYNC_FS]: { count: 1 }, 'async-io/require-timeout-on-tool': { count: 1 } },
      'src/b.js': { [SYNC_FS]: { count: 1 } },
    });
    const eslint = runEslint(project, ['--suppressions-location', BASELINE]);
    expect(eslint.status, eslint.transcript).toBe(0);
  });

  it('stops with one line on a baseline it cannot read, or --prune with none', () => {
    writeFileSync(path.join(project, BASELINE), '{"src/a.js": 3}');
    const broken = runAudit(project, ['--baseline']);
    expect([broken.status, broken.stderr], broken.transcript).toEqual([
      2,
      `async-io-audit: the baseline ${path.join(project, BASELINE)} is not a suppressions file: "src/a.js" is not an object of rules\n`,
    ]);
    rmSync(path.join(project, BASELINE));
    const prune = runAudit(project, ['--prune']);
    expect([prune.status, prune.stderr], prune.transcript).toEqual([
      2,
      `async-io-audit: the baseline ${path.join(project, BASELINE)} does not exist; write it with --baseline\n`,
    ]);
  });
});
