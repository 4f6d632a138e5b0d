// The command runs on the ESLint the project has: 8.57, 9 and 10 (the peer range) give the same report.
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ESLINT_PACKAGES,
  type EslintMajor,
  makeTempDir,
  REPO_ROOT,
  removeTempDir,
  repoModule,
  run,
} from '../integration/support/workspace';
import { copyAuditFixture } from './support';

/** A copy of the built package whose `eslint` is the given major; every other package is this repository's. */
function packageWith(major: EslintMajor, into: string): string {
  const dir = path.join(into, `eslint-${String(major)}`);
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'package.json'), path.join(dir, 'package.json'));
  for (const name of readdirSync(repoModule())) {
    if (name !== 'eslint') symlinkSync(repoModule(name), path.join(dir, 'node_modules', name));
  }
  symlinkSync(repoModule(ESLINT_PACKAGES[major]), path.join(dir, 'node_modules', 'eslint'), 'dir');
  return path.join(dir, 'dist/audit/cli.js');
}

let scratch: string;
let project: string;

beforeAll(() => {
  scratch = makeTempDir('audit-majors');
  project = copyAuditFixture('project');
  writeFileSync(path.join(project, 'src/broken.ts'), 'export async function broken( {\n');
});

afterAll(() => {
  removeTempDir(scratch);
  removeTempDir(project);
});

describe('async-io-audit on each ESLint major', () => {
  it('reports the same on 8.57, 9 and 10', async () => {
    const majors = [8, 9, 10] as const;
    const results = await Promise.all(
      majors.map((major) =>
        run(process.execPath, [packageWith(major, scratch), '--format', 'json'], {
          cwd: project,
          env: { NO_COLOR: '1' },
        }),
      ),
    );
    const reports = results.map((result) => {
      expect(result.status, result.transcript).toBe(1);
      return JSON.parse(result.stdout) as { findings: unknown[]; unparsed: unknown[]; mocks: unknown[] };
    });
    expect(reports[0]?.findings).toHaveLength(6);
    expect(reports[0]?.unparsed).toHaveLength(1);
    expect(reports[0]?.mocks).toHaveLength(4);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  });
});

describe('--concurrency on an ESLint without the option (8.57)', () => {
  it('stops with exit 2 and one line when a number or auto is asked for, and runs single-threaded with off', async () => {
    const cli = packageWith(8, path.join(scratch, 'guard'));
    const { version } = JSON.parse(readFileSync(repoModule(ESLINT_PACKAGES[8], 'package.json'), 'utf8')) as {
      version: string;
    };
    const results = await Promise.all(
      ['2', 'auto', 'off'].map((value) =>
        run(process.execPath, [cli, '--concurrency', value, '--format', 'json'], {
          cwd: project,
          env: { NO_COLOR: '1' },
        }),
      ),
    );
    const [off, ...refused] = results.reverse();
    for (const result of refused) {
      expect([result.status, result.stdout], result.transcript).toEqual([2, '']);
      expect(result.stderr).toBe(
        `async-io-audit: --concurrency needs ESLint 9.34 or later; this is ESLint ${version}\n`,
      );
    }
    expect(refused).toHaveLength(2);
    expect([off?.status, off?.stderr], off?.transcript).toEqual([1, '']);
    expect((JSON.parse(off?.stdout ?? '') as { findings: unknown[] }).findings).toHaveLength(6);
  });
});
