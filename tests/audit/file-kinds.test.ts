// Entries that are no regular file (a dangling symlink, a FIFO, a folder named like a source file) are left out of
// the lint instead of stopping the audit with exit 2, in a git work tree and outside one.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeTempDir, run } from '../integration/support/workspace';
import { audit, AUDIT_BIN, copyAuditFixture } from './support';

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

// Root reads any file, so as root the command runs as `nobody` (util-linux setpriv), which must then read the rest
// of the project; git, run by nobody in a work tree root owns, is told the tree is safe.
const isRoot = process.getuid?.() === 0;
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/** Every folder and file under `dir` readable by all (skipping the node_modules link), then `unreadable` by none. */
function withUnreadable(git: boolean): string {
  const dir = copyAuditFixture('project', { git });
  writeFileSync(path.join(dir, 'src/secret.ts'), 'export const secret = 1;\n');
  const open = (entry: string): void => {
    const stats = statSync(entry);
    chmodSync(entry, stats.isDirectory() ? 0o755 : 0o644);
    if (stats.isDirectory())
      for (const name of readdirSync(entry)) if (name !== 'node_modules') open(path.join(entry, name));
  };
  open(dir);
  chmodSync(path.join(dir, 'src/secret.ts'), 0o000);
  return dir;
}

describe('a file that cannot be read', () => {
  const readable: string[] = [];
  beforeAll(() => {
    readable.push(withUnreadable(true), withUnreadable(false));
  });
  afterAll(() => {
    for (const dir of readable) removeTempDir(dir);
  });

  it.each([
    ['in a git work tree', 0],
    ['outside git', 1],
  ])('is listed as "Cannot be read: EACCES" %s, and the rest is audited', async (_, index) => {
    const dir = readable[index] ?? '';
    const args = [AUDIT_BIN, '--format', 'json'];
    const env = { NO_COLOR: '1', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' };
    const result = isRoot
      ? await run('setpriv', [...NOBODY, process.execPath, ...args], { cwd: dir, env })
      : await run(process.execPath, args, { cwd: dir, env });
    expect(result.status, result.transcript).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.filesLinted).toBe(4);
    expect(report.findings).toHaveLength(6);
    expect(report.unparsed).toEqual([{ file: 'src/secret.ts', line: 0, column: 0, message: 'Cannot be read: EACCES' }]);
    expect(report.notAudited).toEqual([]);
  });
});
