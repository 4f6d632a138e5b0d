import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SarifLog } from '../../lib/audit/sarif';
import { REPO_ROOT, removeTempDir } from '../integration/support/workspace';
import { BROKEN, CLEAN, FILE_A, FILE_B, makeGitProject, runAudit, SYNC_FS, TIMEOUT } from './baseline-project';
import { sarifSchemaErrors } from './sarif-schema';

// `async-io-audit --format sarif` on a git project: a valid SARIF 2.1.0 log of the plugin's findings only.

const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('async-io-audit --format sarif', () => {
  let project: string;

  beforeAll(() => {
    project = makeGitProject('sarif-cli', { 'src/a.js': FILE_A, 'src/b.js': FILE_B, 'src/c.js': CLEAN });
  });
  afterAll(() => {
    removeTempDir(project);
  });

  function sarif(args: readonly string[], status: number): SarifLog {
    const run = runAudit(project, ['--format', 'sarif', ...args]);
    expect(run.status, run.transcript).toBe(status);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log), run.transcript).toEqual([]);
    return log;
  }

  it('prints a valid log of the findings, and nothing of the audit census', () => {
    const [run] = sarif([], 1).runs;
    expect(run.tool.driver.name).toBe('async-io-audit');
    expect(run.tool.driver.version).toBe(version);
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.helpUri])).toEqual([
      [
        SYNC_FS,
        `https://github.com/eslint-plugin-async-io/eslint-plugin-async-io/blob/main/docs/rules/no-sync-fs-in-async.md`,
      ],
      [
        TIMEOUT,
        `https://github.com/eslint-plugin-async-io/eslint-plugin-async-io/blob/main/docs/rules/require-timeout-on-tool.md`,
      ],
    ]);
    expect(
      run.results.map((result) => {
        const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
        return `${artifactLocation?.uri ?? ''}:${region?.startLine ?? 0}:${region?.startColumn ?? 0} ${result.ruleId}`;
      }),
    ).toEqual([
      `src/a.js:5:13 ${SYNC_FS}`,
      `src/a.js:6:3 ${SYNC_FS}`,
      `src/a.js:7:3 ${TIMEOUT}`,
      `src/b.js:3:10 ${SYNC_FS}`,
    ]);
    expect(run.invocations).toBeUndefined();
  });

  it('marks the findings within the baseline as suppressed, and passes', () => {
    expect(runAudit(project, ['--baseline']).status).toBe(0);
    const [run] = sarif(['--baseline'], 0).runs;
    expect(run.results.map((result) => result.suppressions)).toEqual(
      Array.from({ length: 4 }, () => [{ kind: 'external' }]),
    );
  });

  it('lists a file that does not parse as a notification', () => {
    const broken = makeGitProject('sarif-cli-broken', { 'src/broken.js': BROKEN });
    try {
      const run = runAudit(broken, ['--format', 'sarif']);
      expect(run.status, run.transcript).toBe(1);
      const log = JSON.parse(run.stdout) as SarifLog;
      expect(sarifSchemaErrors(log)).toEqual([]);
      expect(log.runs[0].invocations?.[0]?.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
        'Parsing error: Unexpected token ;',
      ]);
    } finally {
      removeTempDir(broken);
    }
  });
});
