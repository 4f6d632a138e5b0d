// Entries that are no regular file (a dangling symlink, a FIFO, a folder named like a source file) are left out of
// the lint instead of stopping the audit with exit 2, in a git work tree and outside one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeTempDir } from '../integration/support/workspace';
import { audit, copyAuditFixture } from './support';

interface Report {
  readonly filesLinted: number;
  readonly findings: unknown[];
  readonly unparsed: unknown[];
  readonly notAudited: unknown[];
}

/** The project fixture with a dangling symlink, a FIFO and a folder named `*.ts` among its sources. */
function withOddEntries(git: boolean): string {
  const dir = copyAuditFixture('project', { git });
  symlinkSync('nowhere.ts', path.join(dir, 'src/dangling.ts'));
  execFileSync('mkfifo', [path.join(dir, 'src/pipe.ts')]);
  mkdirSync(path.join(dir, 'src/folder.ts'));
  writeFileSync(path.join(dir, 'src/folder.ts/README.md'), 'not code\n');
  return dir;
}

const dirs: string[] = [];

beforeAll(() => {
  dirs.push(withOddEntries(true), withOddEntries(false));
});

afterAll(() => {
  for (const dir of dirs) removeTempDir(dir);
});

describe('a dangling symlink, a FIFO and a folder named like a source file', () => {
  it.each([
    ['in a git work tree', 0],
    ['outside git', 1],
  ])('are left out %s, and the rest is audited', async (_, index) => {
    const result = await audit(dirs[index] ?? '', ['--format', 'json']);
    expect(result.status, result.transcript).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    // src/files.ts, files.test.ts, main.ts and run.ts, as without the odd entries.
    expect(report.filesLinted).toBe(4);
    expect(report.findings).toHaveLength(6);
    expect(report.unparsed).toEqual([]);
    expect(report.notAudited).toEqual([]);
  });
});
